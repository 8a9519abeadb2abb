using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Prepaid;

/// <summary>
/// Where a withdrawal from the prepaid account is sent (PRE-4): a bank account named by its IBAN, or a PayPal account
/// named by its email address.
/// </summary>
/// <remarks>
/// A closed choice of two cases, <see cref="BankAccount"/> and <see cref="PayPalAccount"/>, made by <see cref="ToBankAccount"/>
/// and <see cref="ToPayPal"/>; no other kind of destination can be made.
/// </remarks>
public abstract record WithdrawalDestination
{
    private WithdrawalDestination()
    {
    }

    /// <summary>Which kind of destination this is.</summary>
    public abstract WithdrawalDestinationKind Kind { get; }

    private protected abstract bool IsClosedCase { get; }

    /// <summary>A bank account.</summary>
    /// <param name="iban">Its IBAN.</param>
    /// <returns>The destination.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="iban"/> is null.</exception>
    public static WithdrawalDestination ToBankAccount(Iban iban) => new BankAccount(Guard.Against.Null(iban));

    /// <summary>A PayPal account.</summary>
    /// <param name="address">The email address of the PayPal account.</param>
    /// <returns>The destination.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public static WithdrawalDestination ToPayPal(EmailAddress address) => new PayPalAccount(Guard.Against.Null(address));

    internal abstract string StoredValue { get; }

    internal static WithdrawalDestination? FromStored(WithdrawalDestinationKind kind, string? value) => kind switch
    {
        WithdrawalDestinationKind.BankAccount => Iban.Parse(value).Match<WithdrawalDestination?>(iban => new BankAccount(iban), _ => null),
        WithdrawalDestinationKind.PayPal => EmailAddress.Parse(value).Match<WithdrawalDestination?>(address => new PayPalAccount(address), _ => null),
        _ => null,
    };

    /// <summary>A bank account, named by its IBAN.</summary>
    public sealed record BankAccount : WithdrawalDestination
    {
        internal BankAccount(Iban iban) => Iban = iban;

        /// <summary>The account's IBAN.</summary>
        public Iban Iban { get; }

        /// <inheritdoc />
        public override WithdrawalDestinationKind Kind => WithdrawalDestinationKind.BankAccount;

        private protected override bool IsClosedCase => true;

        internal override string StoredValue => Iban.Value;

        /// <summary>A short description (<c>bank account CH93 0076 2011 6238 5295 7</c>).</summary>
        /// <returns>The description.</returns>
        public override string ToString() => $"bank account {Iban}";
    }

    /// <summary>A PayPal account, named by its email address.</summary>
    public sealed record PayPalAccount : WithdrawalDestination
    {
        internal PayPalAccount(EmailAddress address) => Address = address;

        /// <summary>The email address of the PayPal account.</summary>
        public EmailAddress Address { get; }

        /// <inheritdoc />
        public override WithdrawalDestinationKind Kind => WithdrawalDestinationKind.PayPal;

        private protected override bool IsClosedCase => true;

        internal override string StoredValue => Address.Value;

        /// <summary>A short description (<c>PayPal account julie@example.com</c>).</summary>
        /// <returns>The description.</returns>
        public override string ToString() => $"PayPal account {Address}";
    }
}

/// <summary>The kinds of <see cref="WithdrawalDestination"/>.</summary>
public enum WithdrawalDestinationKind
{
    /// <summary>A bank account, named by its IBAN.</summary>
    BankAccount = 1,

    /// <summary>A PayPal account, named by its email address.</summary>
    PayPal,
}
