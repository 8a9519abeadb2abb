namespace Infomaniak.Domain.EntityFrameworkCore.Mapping;

/// <summary>Where <see cref="ModelBuilderExtensions.ApplyInfomaniakDomain"/> puts the library's tables.</summary>
public sealed class InfomaniakDomainModelOptions
{
    /// <summary>The database schema of every table; null for the provider's default (<c>public</c> on PostgreSQL).</summary>
    public string? Schema { get; set; }

    /// <summary>A prefix for every table name (for example <c>domain_</c>); empty by default.</summary>
    public string TablePrefix { get; set; } = string.Empty;

    internal string Table(string name) => TablePrefix + name;
}
