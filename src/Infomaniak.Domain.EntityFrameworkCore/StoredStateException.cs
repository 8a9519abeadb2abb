namespace Infomaniak.Domain.EntityFrameworkCore;

/// <summary>
/// A row read from the database cannot be an aggregate's state: a malformed id, address, hash or code in a column, or
/// rows that together break an invariant of the aggregate. The message names the column or the aggregate and its id.
/// </summary>
/// <remarks>Thrown, never returned: a correct application never stores such data, so it is corrupt storage, not a business refusal.</remarks>
public sealed class StoredStateException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public StoredStateException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the column or the aggregate.</param>
    public StoredStateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What is wrong, naming the column or the aggregate.</param>
    /// <param name="innerException">The error the database provider, a converter or the aggregate's <c>FromState</c> raised.</param>
    public StoredStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
