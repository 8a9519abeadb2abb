namespace Infomaniak.Domain.Common;

/// <summary>
/// Something that happened in the domain, recorded by an aggregate when one of its operations succeeds.
/// </summary>
/// <remarks>
/// <para>
/// Events are sealed records named in the past tense (<c>MemberLeft</c>, <c>PrepaidCredited</c>). They carry
/// ids and values, never whole aggregates, and never a secret such as a password or a token.
/// </para>
/// <para>
/// An event carries no timestamp of its own: the library has no clock. The application stamps events with
/// its <see cref="TimeProvider"/> when it stores or publishes them; operations whose rules depend on time
/// (expiry, validity periods) receive the time as an argument.
/// </para>
/// </remarks>
public interface IDomainEvent;
