using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Prepaid;

/// <summary>
/// A member opened the organization's prepaid account, empty, in one currency. The account's other events are its
/// ledger entries (<see cref="PrepaidCredited"/>, <see cref="PrepaidDebited"/>, <see cref="WithdrawalReserved"/>,
/// <see cref="WithdrawalCompleted"/>, <see cref="WithdrawalCancelled"/>, <see cref="PrepaidCorrected"/>).
/// </summary>
/// <param name="Account">The new prepaid account.</param>
/// <param name="Organization">The organization it belongs to.</param>
/// <param name="Currency">Its currency.</param>
/// <param name="OpenedBy">The member who opened it.</param>
public sealed record PrepaidAccountOpened(PrepaidAccountId Account, OrganizationId Organization, Currency Currency, AccountId OpenedBy) : IDomainEvent;
