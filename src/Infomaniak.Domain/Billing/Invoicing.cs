using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using OneOf;
using OneOf.Types;

namespace Infomaniak.Domain.Billing;

/// <summary>
/// Invoicing, the rules that span a billing profile, an organization, its products and its invoices: issuing final
/// invoices (BIL-5), generating pro forma invoices (BIL-4), paying and voiding invoices.
/// </summary>
/// <remarks>
/// <para>
/// Every operation is a billing action (RGT-4): the actor needs billing rights in the organization that owns what is
/// acted on. A refused operation changes nothing and records nothing on any aggregate.
/// </para>
/// <para>
/// What changes, and what the application saves in one unit of work: issuing changes the billing profile (its next
/// number; its version is the concurrency token that keeps the sequence gapless), the new invoice and each product
/// invoiced; paying and voiding change the invoice and its products.
/// </para>
/// </remarks>
public static class Invoicing
{
    /// <summary>
    /// Issues a final invoice for the next period of chosen products of one organization (BIL-5): it takes the next
    /// number of the organization's sequence, copies the billing address as it is now, and puts each product's next
    /// period on it, so that no period is invoiced twice.
    /// </summary>
    /// <param name="billing">The organization's billing profile.</param>
    /// <param name="organization">The organization billed.</param>
    /// <param name="actor">A member with billing rights.</param>
    /// <param name="items">The products chosen (active, not on another open invoice, all priced in one currency), each with the tax rate of its line, if any.</param>
    /// <param name="clock">The current time: the date of issue.</param>
    /// <param name="random">The source of the invoice's id.</param>
    /// <param name="billingAddress">The address chosen for this invoice (BIL-2); null for the one the products share.</param>
    /// <returns>The open invoice (with <see cref="InvoiceIssued"/> pending, <see cref="InvoiceNumberAssigned"/> on the profile and
    /// <see cref="ProductInvoiced"/> on each product), or <see cref="ActionDenied"/>, <see cref="EmptySelection"/>,
    /// <see cref="ProductsOfAnotherOrganization"/>, <see cref="ProductsNotBillable"/>, <see cref="CurrencyMismatch"/>,
    /// <see cref="NoSingleBillingAddress"/>, <see cref="BillingAddressNotFound"/> or <see cref="AmountOutOfRange"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument, an item or its product is null.</exception>
    public static OneOf<Invoice, ActionDenied, EmptySelection, ProductsOfAnotherOrganization, ProductsNotBillable, CurrencyMismatch, NoSingleBillingAddress, BillingAddressNotFound, AmountOutOfRange> Issue(
        BillingProfile billing, Organization organization, AccountId actor, IReadOnlyList<InvoiceItem> items, TimeProvider clock, IRandomSource random, BillingAddressId? billingAddress = null)
    {
        Guard.Against.Null(clock);
        Guard.Against.Null(random);
        return Compose(billing, organization, actor, items, billingAddress, final: true)
            .Match<OneOf<Invoice, ActionDenied, EmptySelection, ProductsOfAnotherOrganization, ProductsNotBillable, CurrencyMismatch, NoSingleBillingAddress, BillingAddressNotFound, AmountOutOfRange>>(
                content =>
                {
                    var id = TypedId.New<InvoiceId>(random);
                    var invoice = Invoice.Issue(id, billing.TakeInvoiceNumber(id), clock.GetUtcNow(), content, actor);
                    foreach (var item in items)
                    {
                        item.Product.MarkInvoiced(id);
                    }

                    return invoice;
                },
                denied => denied,
                empty => empty,
                foreign => foreign,
                notBillable => notBillable,
                mixed => mixed,
                ambiguous => ambiguous,
                notFound => notFound,
                tooLarge => tooLarge);
    }

    /// <summary>
    /// Generates a pro forma invoice for chosen products (BIL-4): what a final invoice would say, available at once. It
    /// takes no number, changes no aggregate and records no event, so it can be generated any number of times, also for
    /// products already on an open invoice.
    /// </summary>
    /// <param name="billing">The organization's billing profile.</param>
    /// <param name="organization">The organization.</param>
    /// <param name="actor">A member with billing rights.</param>
    /// <param name="items">The products chosen (active, all priced in one currency), each with the tax rate of its line, if any.</param>
    /// <param name="clock">The current time: the date of the document.</param>
    /// <param name="random">The source of the pro forma invoice's own id.</param>
    /// <param name="billingAddress">The address to show; null for the one the products share.</param>
    /// <returns>The pro forma invoice, or the same refusals as <see cref="Issue"/> (a product already invoiced is not one).</returns>
    /// <exception cref="ArgumentNullException">An argument, an item or its product is null.</exception>
    public static OneOf<ProFormaInvoice, ActionDenied, EmptySelection, ProductsOfAnotherOrganization, ProductsNotBillable, CurrencyMismatch, NoSingleBillingAddress, BillingAddressNotFound, AmountOutOfRange> ProForma(
        BillingProfile billing, Organization organization, AccountId actor, IReadOnlyList<InvoiceItem> items, TimeProvider clock, IRandomSource random, BillingAddressId? billingAddress = null)
    {
        Guard.Against.Null(clock);
        Guard.Against.Null(random);
        return Compose(billing, organization, actor, items, billingAddress, final: false)
            .Match<OneOf<ProFormaInvoice, ActionDenied, EmptySelection, ProductsOfAnotherOrganization, ProductsNotBillable, CurrencyMismatch, NoSingleBillingAddress, BillingAddressNotFound, AmountOutOfRange>>(
                content => new ProFormaInvoice(TypedId.New<InvoiceId>(random), clock.GetUtcNow(), content),
                denied => denied,
                empty => empty,
                foreign => foreign,
                notBillable => notBillable,
                mixed => mixed,
                ambiguous => ambiguous,
                notFound => notFound,
                tooLarge => tooLarge);
    }

    /// <summary>
    /// Pays an open invoice by a method at the current time (Open -> Paid, BIL-5): each of its products is then paid until
    /// the end of the period its line covers. The entry point of every payment but the prepaid account's: the application
    /// takes the money first, then calls this. Paying from the prepaid account is <c>PrepaidPayments.PayInvoice</c> (PRE-2).
    /// </summary>
    /// <param name="invoice">The invoice.</param>
    /// <param name="organization">The organization billed.</param>
    /// <param name="actor">A member with billing rights.</param>
    /// <param name="method">How it was paid.</param>
    /// <param name="products">The invoice's products (load them with <c>ProductsOnOpenInvoiceSpec</c>); others given are ignored.</param>
    /// <param name="clock">The current time: when it was paid.</param>
    /// <returns><see cref="Success"/> (with <see cref="InvoicePaid"/> and a <see cref="ProductRenewed"/> per product pending),
    /// <see cref="ActionDenied"/>, <see cref="InvoiceNotOpen"/> (paid or void already) or <see cref="ProductsNotGiven"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument or a product is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="method"/> is the default value or
    /// <see cref="PaymentMethod.PrepaidAccount"/> (paying from the prepaid account takes the money and pays the invoice in one
    /// step: <c>PrepaidPayments.PayInvoice</c>), or a product given does not have this invoice open: it was loaded stale.</exception>
    public static OneOf<Success, ActionDenied, InvoiceNotOpen, ProductsNotGiven> Pay(
        Invoice invoice, Organization organization, AccountId actor, PaymentMethod method, IReadOnlyCollection<Product> products, TimeProvider clock)
    {
        PaymentMethod.Require(method, nameof(method));
        if (method == PaymentMethod.PrepaidAccount)
        {
            throw new ArgumentException("An invoice is paid from the prepaid account with PrepaidPayments.PayInvoice, which debits the ledger in the same step.", nameof(method));
        }

        Guard.Against.Null(clock);
        return Close(invoice, organization, actor, products).Match<OneOf<Success, ActionDenied, InvoiceNotOpen, ProductsNotGiven>>(
            billed =>
            {
                Settle(invoice, billed, actor, method, clock);
                return new Success();
            },
            denied => denied,
            notOpen => notOpen,
            missing => missing);
    }

    /// <summary>Voids an open invoice (Open -> Void, BIL-5): it keeps its number and is never paid; its products' next periods can be invoiced again.</summary>
    /// <param name="invoice">The invoice.</param>
    /// <param name="organization">The organization billed.</param>
    /// <param name="actor">A member with billing rights.</param>
    /// <param name="reason">Why.</param>
    /// <param name="products">The invoice's products; others given are ignored.</param>
    /// <param name="clock">The current time: when it was voided.</param>
    /// <returns><see cref="Success"/> (with <see cref="InvoiceVoided"/> and a <see cref="ProductInvoiceVoided"/> per product pending),
    /// <see cref="ActionDenied"/>, <see cref="InvoiceNotOpen"/> or <see cref="ProductsNotGiven"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument or a product is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is not a defined reason, or a product given does not have this invoice open: it was loaded stale.</exception>
    public static OneOf<Success, ActionDenied, InvoiceNotOpen, ProductsNotGiven> Void(
        Invoice invoice, Organization organization, AccountId actor, VoidReason reason, IReadOnlyCollection<Product> products, TimeProvider clock)
    {
        Guard.Against.EnumOutOfRange(reason);
        Guard.Against.Null(clock);
        return Close(invoice, organization, actor, products).Match<OneOf<Success, ActionDenied, InvoiceNotOpen, ProductsNotGiven>>(
            billed =>
            {
                invoice.MarkVoid(clock.GetUtcNow(), reason, actor);
                foreach (var (_, product) in billed)
                {
                    product.ReleaseInvoice(invoice.Id);
                }

                return new Success();
            },
            denied => denied,
            notOpen => notOpen,
            missing => missing);
    }

    /// <summary>Open -> Paid, each product paid until the end of its line's period; <see cref="Close"/> has checked it may.</summary>
    internal static void Settle(Invoice invoice, IReadOnlyList<(InvoiceLine Line, Product Product)> billed, AccountId actor, PaymentMethod method, TimeProvider clock)
    {
        invoice.MarkPaid(clock.GetUtcNow(), method, actor);
        foreach (var (line, product) in billed)
        {
            product.Renew(invoice.Id, line.PeriodEnd);
        }
    }

    /// <summary>What paying and voiding check: billing rights, an open invoice, and each of its products given, consistent with it. Changes nothing.</summary>
    internal static OneOf<List<(InvoiceLine Line, Product Product)>, ActionDenied, InvoiceNotOpen, ProductsNotGiven> Close(
        Invoice invoice, Organization organization, AccountId actor, IReadOnlyCollection<Product> products)
    {
        Guard.Against.Null(invoice);
        Guard.Against.Null(organization);
        ProductFacts.RequireEach(products);
        if (organization.Authorize(actor, MemberAction.ManageInvoices, invoice.Organization).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (!invoice.IsOpen)
        {
            return new InvoiceNotOpen(invoice.Id, invoice.Status.Kind);
        }

        var byId = products.DistinctBy(p => p.Id).ToDictionary(p => p.Id);
        if (invoice.Lines.Where(l => !byId.ContainsKey(l.Product)).Select(l => l.Product).ToList() is { Count: > 0 } missing)
        {
            return new ProductsNotGiven(invoice.Organization, missing);
        }

        var billed = invoice.Lines.Select(l => (l, byId[l.Product])).ToList();
        if (billed.FirstOrDefault(b => b.Item2.OpenInvoice != invoice.Id) is { Item2: { } stale })
        {
            throw new ArgumentException($"Product {stale.Id} does not have invoice {invoice.Id} open: it was loaded stale.", nameof(products));
        }

        return billed;
    }

    /// <summary>Checks a selection and composes what its invoice says; changes nothing.</summary>
    internal static OneOf<InvoiceContent, ActionDenied, EmptySelection, ProductsOfAnotherOrganization, ProductsNotBillable, CurrencyMismatch, NoSingleBillingAddress, BillingAddressNotFound, AmountOutOfRange> Compose(
        BillingProfile billing, Organization organization, AccountId actor, IReadOnlyList<InvoiceItem> items, BillingAddressId? chosenAddress, bool final)
    {
        Guard.Against.Null(billing);
        Guard.Against.Null(organization);
        Guard.Against.Null(items);
        foreach (var item in items)
        {
            Guard.Against.Null(item, nameof(items));
            Guard.Against.Null(item.Product, nameof(items));
        }

        if (organization.Authorize(actor, MemberAction.ManageInvoices, billing.Organization).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (items.Count == 0)
        {
            return new EmptySelection(organization.Id);
        }

        if (ProductFacts.OfAnotherOrganization(organization.Id, items.Select(i => i.Product)) is { } foreign)
        {
            return foreign;
        }

        if (Unbillable(organization, items, final) is { Count: > 0 } unbillable)
        {
            return new ProductsNotBillable(organization.Id, unbillable);
        }

        var currency = items[0].Product.Price.Currency;
        if (items.FirstOrDefault(i => i.Product.Price.Currency != currency) is { } other)
        {
            return new CurrencyMismatch(currency, other.Product.Price.Currency);
        }

        var used = items.Select(i => i.Product.BillingAddress).Distinct().ToList();
        if ((chosenAddress ?? (used is [{ } shared] ? shared : null)) is not { } addressId)
        {
            return new NoSingleBillingAddress(organization.Id, used);
        }

        if (!billing.Addresses.TryGetValue(addressId, out var address))
        {
            return new BillingAddressNotFound(organization.Id, addressId);
        }

        var total = items.Sum(i => i.Product.Price.Amount + (i.TaxRate?.TaxOn(i.Product.Price).Amount ?? 0m));
        if (total > Money.MaxMagnitude)
        {
            return new AmountOutOfRange(total, currency);
        }

        return new InvoiceContent(organization.Id, addressId, address, currency, [.. items.Select(i => InvoiceLine.NextPeriodOf(i.Product, i.TaxRate))]);
    }

    private static List<UnbillableProduct> Unbillable(Organization organization, IReadOnlyList<InvoiceItem> items, bool final)
    {
        var seen = new HashSet<ProductId>();
        var unbillable = new List<UnbillableProduct>();
        foreach (var product in items.Select(i => i.Product))
        {
            if (!seen.Add(product.Id))
            {
                unbillable.Add(new(product.Id, UnbillableReason.ChosenTwice, null));
            }
            else if (!product.IsActive || !organization.Products.Contains(product.Id))
            {
                unbillable.Add(new(product.Id, UnbillableReason.Terminated, null));
            }
            else if (final && product.OpenInvoice is { } open)
            {
                unbillable.Add(new(product.Id, UnbillableReason.AlreadyInvoiced, open));
            }
        }

        return unbillable;
    }
}
