using System.Globalization;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Organizations;

/// <summary>A text cannot be an organization's name: empty, too long, without a letter or digit, or with characters a name may not have.</summary>
public sealed record InvalidOrganizationName : Refusal
{
    /// <summary>Refuses a text as an organization's name.</summary>
    /// <param name="input">The text that was given; only a short, sanitized excerpt of it is kept.</param>
    /// <param name="problem">What is wrong with it.</param>
    public InvalidOrganizationName(string? input, NameProblem problem)
    {
        Excerpt = TextSafety.Excerpt(input);
        Problem = problem;
    }

    /// <summary>At most 32 code points of the text given, control, format and bidirectional characters replaced by U+FFFD, an ellipsis when cut.</summary>
    public string Excerpt { get; }

    /// <summary>What is wrong with the text.</summary>
    public NameProblem Problem { get; }

    /// <inheritdoc />
    public override string Message => "An organization's name " + Problem switch
    {
        NameProblem.Empty => "is required.",
        NameProblem.TooLong => $"has at most {OrganizationName.MaxLength} characters.",
        NameProblem.NoLetter => "needs at least one letter or digit.",
        _ => TextSafety.Describe(Problem) + ".",
    };
}

/// <summary>Limited rights were asked for with no product: limited rights always name at least one product (RGT-1).</summary>
public sealed record NoProductGranted : Refusal
{
    /// <inheritdoc />
    public override string Message => "Limited rights must grant at least one product; give all rights instead of none.";
}

/// <summary>A member asked to do something their rights do not allow (RGT-3, RGT-4, ORG-7).</summary>
/// <param name="Organization">The organization that decided.</param>
/// <param name="OrganizationName">Its name, to tell the person where.</param>
/// <param name="Actor">The account that asked.</param>
/// <param name="ActorLogin">The account's login when it is a member (the organization knows its members' logins); null for a stranger.</param>
/// <param name="Action">What was asked.</param>
/// <param name="Reason">Why it is denied.</param>
public sealed record ActionDenied(
    OrganizationId Organization, OrganizationName OrganizationName, AccountId Actor, EmailAddress? ActorLogin, MemberAction Action, DenialReason Reason) : Refusal
{
    /// <inheritdoc />
    public override string Message => Reason switch
    {
        DenialReason.NotAMember => $"Account {Actor} is not a member of {OrganizationName}.",
        DenialReason.ProductNotHeld => $"Product {Action.Product} is not held by {OrganizationName}.",
        DenialReason.ProductNotGranted => $"{Who} has no rights on product {Action.Product} in {OrganizationName}.",
        DenialReason.BillingRightsRequired => $"{Action.Kind} needs billing rights in {OrganizationName}, which {Who} does not have.",
        DenialReason.OwnedByAnotherOrganization => $"{Action.Kind} is on something that belongs to another organization than {OrganizationName}.",
        _ => $"{Action.Kind} needs all rights in {OrganizationName}, and {Who} has limited rights.",
    };

    private string Who => ActorLogin is { } login ? login.Value : $"account {Actor}";
}

/// <summary>The account named is not a member of the organization.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="Account">The account.</param>
public sealed record NotAMember(OrganizationId Organization, OrganizationName OrganizationName, AccountId Account) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Account {Account} is not a member of {OrganizationName}.";
}

/// <summary>The account is already a member of the organization, so it cannot be invited or join again.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="Account">The account.</param>
/// <param name="Login">The account's login.</param>
public sealed record AlreadyMember(OrganizationId Organization, OrganizationName OrganizationName, AccountId Account, EmailAddress Login) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"{Login} is already a member of {OrganizationName}.";
}

/// <summary>An invitation to that address is already pending in the organization.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Invitation">The pending invitation.</param>
/// <param name="Email">The invited address.</param>
public sealed record InvitationAlreadyPending(OrganizationId Organization, InvitationId Invitation, EmailAddress Email) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"{Email} already has a pending invitation ({Invitation}) to organization {Organization}.";
}

/// <summary>The organization has no invitation with that id.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Invitation">The id that was given.</param>
public sealed record InvitationNotFound(OrganizationId Organization, InvitationId Invitation) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Organization {Organization} has no invitation {Invitation}.";
}

/// <summary>The invitation was sent to another address than the login of the account trying to accept it.</summary>
/// <param name="Invitation">The invitation.</param>
public sealed record InvitationForAnotherAddress(InvitationId Invitation) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Invitation {Invitation} was sent to another address; only the account with that login can accept it.";
}

/// <summary>The invitation is past its expiry and can no longer be accepted.</summary>
/// <param name="Invitation">The invitation.</param>
/// <param name="ExpiredAt">When it expired.</param>
public sealed record InvitationExpired(InvitationId Invitation, DateTimeOffset ExpiredAt) : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        string.Create(CultureInfo.InvariantCulture, $"Invitation {Invitation} expired at {ExpiredAt:u}; ask an administrator for a new one.");
}

/// <summary>A member tried to change their own rights; another administrator must do it (RGT-3).</summary>
/// <param name="Organization">The organization.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="Member">The member.</param>
/// <param name="Login">The member's login.</param>
public sealed record CannotChangeOwnRights(OrganizationId Organization, OrganizationName OrganizationName, AccountId Member, EmailAddress Login) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"{Login} cannot change its own rights in {OrganizationName}; another administrator must.";
}

/// <summary>A member tried to remove themselves; leaving is its own operation with its own rule (ORG-6).</summary>
/// <param name="Organization">The organization.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="Member">The member.</param>
/// <param name="Login">The member's login.</param>
public sealed record CannotRemoveSelf(OrganizationId Organization, OrganizationName OrganizationName, AccountId Member, EmailAddress Login) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"{Login} cannot remove itself from {OrganizationName}; it may leave the organization instead.";
}

/// <summary>
/// The member is the organization's last administrator with billing rights (RGT-5): nobody else could ever grant billing
/// rights again, so they cannot be removed, lose all rights or billing rights, leave, or have their account deleted until
/// another administrator has billing rights.
/// </summary>
/// <param name="Organization">The organization.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="Member">The member.</param>
/// <param name="Login">The member's login.</param>
public sealed record LastBillingAdministrator(OrganizationId Organization, OrganizationName OrganizationName, AccountId Member, EmailAddress Login) : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        $"{Login} is the last administrator with billing rights of {OrganizationName}; give another administrator billing rights first.";
}

/// <summary>
/// The member is the organization's only legal representative, who cannot be removed, dismissed or demoted until
/// another is appointed (ORG-11, RGT-3). The only legal representative is also the last administrator whenever there is one left.
/// </summary>
/// <param name="Organization">The organization.</param>
/// <param name="Member">The legal representative.</param>
public sealed record OnlyLegalRepresentative(OrganizationId Organization, AccountId Member) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Account {Member} is the only legal representative of organization {Organization}; appoint another first.";
}

/// <summary>A legal representative must be a member with all rights (ORG-11): the member cannot be demoted, or cannot be appointed.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Member">The member.</param>
public sealed record LegalRepresentativeRequiresAllRights(OrganizationId Organization, AccountId Member) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"A legal representative of organization {Organization} must have all rights, so account {Member} cannot have limited rights and be one.";
}

/// <summary>The member is already a legal representative of the organization.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Member">The member.</param>
public sealed record AlreadyLegalRepresentative(OrganizationId Organization, AccountId Member) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Account {Member} is already a legal representative of organization {Organization}.";
}

/// <summary>The member named as a legal representative is not one.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Member">The member.</param>
public sealed record NotALegalRepresentative(OrganizationId Organization, AccountId Member) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Account {Member} is not a legal representative of organization {Organization}.";
}

/// <summary>
/// A member cannot leave the organization (ORG-6, RGT-5): they are its last user, its only legal representative, its last
/// administrator with billing rights, or several of these (the last user is all three).
/// </summary>
/// <param name="Organization">The organization.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="Member">The member who asked to leave.</param>
/// <param name="Login">The member's login.</param>
/// <param name="IsLastUser">Whether the member is the organization's last user.</param>
/// <param name="IsOnlyLegalRepresentative">Whether the member is its only legal representative.</param>
/// <param name="IsLastBillingAdministrator">Whether the member is its last administrator with billing rights.</param>
public sealed record CannotLeave(
    OrganizationId Organization, OrganizationName OrganizationName, AccountId Member, EmailAddress Login,
    bool IsLastUser, bool IsOnlyLegalRepresentative, bool IsLastBillingAdministrator) : Refusal
{
    /// <inheritdoc />
    public override string Message
    {
        get
        {
            var roles = new[]
            {
                IsLastUser ? "the last user" : null,
                IsOnlyLegalRepresentative ? "the only legal representative" : null,
                IsLastBillingAdministrator ? "the last administrator with billing rights" : null,
            }.OfType<string>();
            return $"{Login} is {string.Join(" and ", roles)} of {OrganizationName}, so it cannot leave.";
        }
    }
}

/// <summary>Rights were to be granted on products the organization does not hold (ORG-7).</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Products">The products it does not hold.</param>
public sealed record ProductsNotHeld(OrganizationId Organization, IReadOnlyList<ProductId> Products) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Organization {Organization} does not hold {string.Join(", ", Products)}.";
}

/// <summary>The logo's media type is not one the Manager shows (PNG, JPEG, SVG, WebP).</summary>
public sealed record UnsupportedLogoMediaType : Refusal
{
    /// <summary>Refuses a media type.</summary>
    /// <param name="mediaType">The media type that was given; only a short, sanitized excerpt of it is kept.</param>
    public UnsupportedLogoMediaType(string? mediaType) => MediaType = TextSafety.Excerpt(mediaType);

    /// <summary>At most 32 code points of the media type given, control, format and bidirectional characters replaced by U+FFFD, an ellipsis when cut.</summary>
    public string MediaType { get; }

    /// <inheritdoc />
    public override string Message => $"'{MediaType}' is not a supported logo format; use image/png, image/jpeg, image/svg+xml or image/webp.";
}

/// <summary>The logo's width, height or file size is zero or negative.</summary>
/// <param name="Width">The width given, in pixels.</param>
/// <param name="Height">The height given, in pixels.</param>
/// <param name="SizeInBytes">The file size given, in bytes.</param>
public sealed record InvalidLogoDimensions(int Width, int Height, long SizeInBytes) : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        string.Create(CultureInfo.InvariantCulture, $"A logo of {Width}x{Height} pixels and {SizeInBytes} bytes is not an image; all three must be positive.");
}

/// <summary>The logo is not in horizontal format: it is as high as or higher than wide (ORG-8).</summary>
/// <param name="Width">The width, in pixels.</param>
/// <param name="Height">The height, in pixels.</param>
public sealed record LogoNotHorizontal(int Width, int Height) : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        string.Create(CultureInfo.InvariantCulture, $"A logo must be wider than high; {Width}x{Height} is not.");
}

/// <summary>The logo's file is larger than the limit (<see cref="Logo.MaxSizeInBytes"/>).</summary>
/// <param name="SizeInBytes">The file's size.</param>
/// <param name="MaxSizeInBytes">The limit.</param>
public sealed record LogoTooLarge(long SizeInBytes, long MaxSizeInBytes) : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        string.Create(CultureInfo.InvariantCulture, $"A logo may have at most {MaxSizeInBytes} bytes; this one has {SizeInBytes}.");
}

/// <summary>
/// The organization cannot be deleted yet (ORG-9): every unmet prerequisite at once. An empty list means that
/// prerequisite is met.
/// </summary>
/// <param name="Organization">The organization.</param>
/// <param name="ActiveProducts">The products still to terminate.</param>
/// <param name="PrepaidBalances">The prepaid balances still to withdraw, one per prepaid account whose balance is not zero.</param>
/// <param name="PendingWithdrawals">The prepaid withdrawals still to complete or cancel.</param>
/// <param name="UnpaidInvoices">The invoices still to pay.</param>
public sealed record DeletionPrerequisitesUnmet(
    OrganizationId Organization,
    IReadOnlyList<ProductId> ActiveProducts,
    IReadOnlyList<Money> PrepaidBalances,
    IReadOnlyList<WithdrawalId> PendingWithdrawals,
    IReadOnlyList<InvoiceId> UnpaidInvoices) : Refusal
{
    /// <inheritdoc />
    public override string Message
    {
        get
        {
            var unmet = new List<string>();
            if (ActiveProducts.Count > 0)
            {
                unmet.Add(string.Create(CultureInfo.InvariantCulture, $"terminate {ActiveProducts.Count} product(s)"));
            }

            unmet.AddRange(PrepaidBalances.Select(balance => $"withdraw the prepaid balance of {balance}"));
            if (PendingWithdrawals.Count > 0)
            {
                unmet.Add(string.Create(CultureInfo.InvariantCulture, $"wait until {PendingWithdrawals.Count} prepaid withdrawal(s) are completed or cancelled"));
            }

            if (UnpaidInvoices.Count > 0)
            {
                unmet.Add(string.Create(CultureInfo.InvariantCulture, $"pay {UnpaidInvoices.Count} invoice(s)"));
            }

            return $"Organization {Organization} cannot be deleted yet: {string.Join("; ", unmet)}.";
        }
    }
}

/// <summary>An approval was given for an earlier version of the organization; it changed since, so the decision must be taken again.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="ApprovedVersion">The version the approval was given for.</param>
/// <param name="CurrentVersion">The organization's version now.</param>
public sealed record StaleApproval(OrganizationId Organization, long ApprovedVersion, long CurrentVersion) : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        string.Create(CultureInfo.InvariantCulture, $"Organization {Organization} changed since the approval (version {ApprovedVersion}, now {CurrentVersion}); check again.");
}

/// <summary>An organization named by its id, with its name to show a person.</summary>
/// <param name="Id">The organization's id.</param>
/// <param name="Name">Its name.</param>
public sealed record OrganizationReference(OrganizationId Id, OrganizationName Name)
{
    /// <summary>The organization's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name.Value;
}
