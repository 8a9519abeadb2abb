using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Organizations;

/// <summary>The kinds of things a member may ask to do in an organization's Manager.</summary>
public enum MemberActionKind
{
    /// <summary>See a product and its settings.</summary>
    ViewProduct = 1,

    /// <summary>Change a product's settings: for a Mail Service, its mailboxes and their Webmail readers; for a product credential, its password.</summary>
    ManageProduct,

    /// <summary>Change the password of a mailbox of a Mail Service product (the right UNI-1 (c) asks about).</summary>
    ChangeMailboxPassword,

    /// <summary>Order a new product for the organization.</summary>
    OrderProduct,

    /// <summary>Invite users, change their rights, remove them, appoint legal representatives (RGT-3).</summary>
    ManageUsers,

    /// <summary>Add or change billing addresses (a billing action, RGT-4).</summary>
    ManageBillingAddresses,

    /// <summary>See, pay and download invoices (a billing action, RGT-4).</summary>
    ManageInvoices,

    /// <summary>Credit, use or withdraw the prepaid account (a billing action, RGT-4).</summary>
    ManagePrepaidAccount,

    /// <summary>Use free vouchers and promotion codes (a billing action, RGT-4).</summary>
    ManageVouchers,

    /// <summary>Rename the organization or change its logo.</summary>
    ManageNameAndLogo,

    /// <summary>Delete the organization (ORG-9).</summary>
    DeleteOrganization,

    /// <summary>Terminate a product: it ends what the organization pays for, so it needs the product and billing rights (RGT-4).</summary>
    TerminateProduct,
}

/// <summary>
/// One thing a member asks to do: a product action on one product, or an organization-wide action.
/// </summary>
/// <remarks>
/// Made only by the static members, so a product action always names its product and an organization-wide
/// action never does. The <c>default</c> value is not an action: <see cref="Organization.Authorize(AccountId, MemberAction)"/> throws
/// an <see cref="ArgumentException"/> for it.
/// </remarks>
public readonly record struct MemberAction
{
    private MemberAction(MemberActionKind kind, ProductId? product)
    {
        Kind = kind;
        Product = product;
    }

    /// <summary>What is asked.</summary>
    public MemberActionKind Kind { get; }

    /// <summary>The product acted on, for a product action; null for an organization-wide action.</summary>
    public ProductId? Product { get; }

    /// <summary>Whether the action needs billing rights (RGT-4).</summary>
    public bool IsBillingAction => Kind is MemberActionKind.ManageBillingAddresses or MemberActionKind.ManageInvoices
        or MemberActionKind.ManagePrepaidAccount or MemberActionKind.ManageVouchers or MemberActionKind.TerminateProduct;

    /// <summary>Inviting, removing users and changing their rights.</summary>
    public static MemberAction ManageUsers { get; } = new(MemberActionKind.ManageUsers, null);

    /// <summary>Ordering a new product.</summary>
    public static MemberAction OrderProduct { get; } = new(MemberActionKind.OrderProduct, null);

    /// <summary>Adding or changing billing addresses.</summary>
    public static MemberAction ManageBillingAddresses { get; } = new(MemberActionKind.ManageBillingAddresses, null);

    /// <summary>Seeing, paying and downloading invoices.</summary>
    public static MemberAction ManageInvoices { get; } = new(MemberActionKind.ManageInvoices, null);

    /// <summary>Crediting, using or withdrawing the prepaid account.</summary>
    public static MemberAction ManagePrepaidAccount { get; } = new(MemberActionKind.ManagePrepaidAccount, null);

    /// <summary>Using free vouchers and promotion codes.</summary>
    public static MemberAction ManageVouchers { get; } = new(MemberActionKind.ManageVouchers, null);

    /// <summary>Renaming the organization or changing its logo.</summary>
    public static MemberAction ManageNameAndLogo { get; } = new(MemberActionKind.ManageNameAndLogo, null);

    /// <summary>Deleting the organization.</summary>
    public static MemberAction DeleteOrganization { get; } = new(MemberActionKind.DeleteOrganization, null);

    /// <summary>Seeing a product.</summary>
    /// <param name="product">The product.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentException"><paramref name="product"/> is the default value.</exception>
    public static MemberAction ViewProduct(ProductId product) => new(MemberActionKind.ViewProduct, Guard.Against.Default(product));

    /// <summary>Changing a product's settings (a Mail Service's mailboxes and Webmail readers, a product credential's password).</summary>
    /// <param name="product">The product.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentException"><paramref name="product"/> is the default value.</exception>
    public static MemberAction ManageProduct(ProductId product) => new(MemberActionKind.ManageProduct, Guard.Against.Default(product));

    /// <summary>
    /// Terminating a product: a product action that is also a billing action, since it ends what the organization pays
    /// for (RGT-4). A member needs the product in their rights and billing rights.
    /// </summary>
    /// <param name="product">The product.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentException"><paramref name="product"/> is the default value.</exception>
    public static MemberAction TerminateProduct(ProductId product) => new(MemberActionKind.TerminateProduct, Guard.Against.Default(product));

    /// <summary>Changing the password of a mailbox of a Mail Service product.</summary>
    /// <param name="mailService">The Mail Service product holding the mailbox.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentException"><paramref name="mailService"/> is the default value.</exception>
    public static MemberAction ChangeMailboxPassword(ProductId mailService) =>
        new(MemberActionKind.ChangeMailboxPassword, Guard.Against.Default(mailService));

    /// <summary>A short description (<c>ManageProduct 3f2a...</c>).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Product is { } product ? $"{Kind} {product}" : Kind.ToString();
}

/// <summary>A member may do what they asked.</summary>
public readonly record struct Allowed;

/// <summary>Why a member may not do what they asked.</summary>
public enum DenialReason
{
    /// <summary>The account is not a member of the organization.</summary>
    NotAMember = 1,

    /// <summary>The product is not held by the organization: it belongs to another one or was terminated (ORG-7).</summary>
    ProductNotHeld,

    /// <summary>The member has limited rights that do not include the product (RGT-4).</summary>
    ProductNotGranted,

    /// <summary>The action is a billing action and the member has no billing rights (RGT-4).</summary>
    BillingRightsRequired,

    /// <summary>The action needs all rights and the member has limited rights (RGT-3).</summary>
    AdministratorRequired,

    /// <summary>What the action is on belongs to another organization (ORG-7).</summary>
    OwnedByAnotherOrganization,
}
