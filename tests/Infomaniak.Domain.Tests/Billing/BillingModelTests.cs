using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Arbitraries;

namespace Infomaniak.Domain.Tests.Billing;

/// <summary>
/// The model-based test of billing: random sequences of issues, pro formas, payments, voids, downloads, address changes,
/// terminations and orders, by every kind of actor, run against a reference model that predicts each outcome; the
/// invariants of BIL-2..5 are checked after every step.
/// </summary>
public class BillingModelTests
{
    private static readonly AccountId[] Actors =
        [BillingScene.Owner, BillingScene.AdministratorWithoutBilling, BillingScene.LimitedWithBilling, BillingScene.LimitedWithoutBilling, BillingScene.Stranger, BillingScene.OtherOwner];

    [Property(Arbitrary = [typeof(BillingArbitraries)], MaxTest = 150)]
    [Trait("Rule", "BIL-2")]
    [Trait("Rule", "BIL-3")]
    [Trait("Rule", "BIL-4")]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "RGT-4")]
    public bool AnySequence_KeepsInvoiceNumbersGaplessAndUnique_AndEveryInvoiceAsIssued(BillingStep[] steps)
    {
        var run = new Run();
        foreach (var step in steps)
        {
            var before = run.Scene.Snapshot();
            var (expected, actual) = run.Apply(step);
            if (expected != actual)
            {
                throw new InvalidOperationException($"{step}: expected success {expected}, got {actual}.");
            }

            if (!actual && (run.Scene.Snapshot() != before || run.Scene.PendingEvents() != 0))
            {
                throw new InvalidOperationException($"{step}: a refusal changed something or recorded an event.");
            }

            run.CheckInvariants(step);
            run.Scene.Dequeue();
        }

        return true;
    }

    /// <summary>The scene and its reference model.</summary>
    private sealed class Run
    {
        private readonly List<InvoiceStatusKind> statuses = [];
        private readonly List<InvoiceState> asIssued = [];
        private readonly Dictionary<ProductId, DateTimeOffset> paidUntil = [];
        private readonly Dictionary<ProductId, InvoiceId?> openInvoice = [];
        private long issued;

        public Run()
        {
            Scene = new BillingScene(products: 4);
            foreach (var product in Scene.Products)
            {
                paidUntil[product.Id] = product.PaidUntil;
                openInvoice[product.Id] = null;
            }
        }

        public BillingScene Scene { get; }

        private static bool HasBillingRights(AccountId actor) => actor == BillingScene.Owner || actor == BillingScene.LimitedWithBilling;

        public (bool Expected, bool Actual) Apply(BillingStep step)
        {
            var actor = Actors[step.Actor % Actors.Length];
            var picked = step.Picks.Select(i => Scene.Products[i % Scene.Products.Count]).ToList();
            var addresses = Scene.Billing.Addresses.Keys.OrderBy(a => a.Value).ToList();
            var address = addresses.Count == 0 ? BillingAddressId.From(Guid.Parse("0b1e7f2a-5c3d-4e8f-9a1b-2c3d4e5f6a7b")) : addresses[step.Extra % addresses.Count];
            switch (step.Kind)
            {
                case BillingStepKind.Issue:
                    {
                        var chosen = step.Extra == 9 ? address : (BillingAddressId?)null;
                        var expected = HasBillingRights(actor) && Billable(picked, chosen, final: true);
                        var result = Scene.TryIssue(actor, picked, chosen);
                        if (result.TryPickT0(out var invoice, out _))
                        {
                            issued++;
                            statuses.Add(InvoiceStatusKind.Open);
                            asIssued.Add(Frozen(invoice));
                            picked.ForEach(p => openInvoice[p.Id] = invoice.Id);
                        }

                        return (expected, result.IsT0);
                    }

                case BillingStepKind.ProForma:
                    {
                        var expected = HasBillingRights(actor) && Billable(picked, null, final: false);
                        var before = Scene.Snapshot();
                        var result = Invoicing.ProForma(Scene.Billing, Scene.Organization, actor, [.. picked.Select(p => new InvoiceItem(p))], Scene.Clock, Scene.Random);
                        if (Scene.Snapshot() != before || Scene.PendingEvents() != 0 || result.Match(proForma => proForma.Document.Number is not null, _ => false, _ => false, _ => false, _ => false, _ => false, _ => false, _ => false, _ => false))
                        {
                            throw new InvalidOperationException("A pro forma changed something, recorded an event or took a number.");
                        }

                        return (expected, result.IsT0);
                    }

                case BillingStepKind.Pay or BillingStepKind.Void or BillingStepKind.Download when Scene.Invoices.Count > 0:
                    {
                        var index = step.Extra % Scene.Invoices.Count;
                        var invoice = Scene.Invoices[index];
                        return step.Kind switch
                        {
                            BillingStepKind.Pay => Close(index, actor, InvoiceStatusKind.Paid, () => Invoicing.Pay(invoice, Scene.Organization, actor, PaymentMethod.Card, Scene.Products, Scene.Clock).IsT0),
                            BillingStepKind.Void => Close(index, actor, InvoiceStatusKind.Void, () => Invoicing.Void(invoice, Scene.Organization, actor, VoidReason.IssuedInError, Scene.Products, Scene.Clock).IsT0),
                            _ => (HasBillingRights(actor) && statuses[index] == InvoiceStatusKind.Paid, invoice.Download(Scene.Organization, actor).IsT0),
                        };
                    }

                case BillingStepKind.AddAddress:
                    return (HasBillingRights(actor), Scene.Billing.AddAddress(Scene.Organization, actor, StoredBilling.Geneva, Scene.Random).IsT0);

                case BillingStepKind.RemoveAddress:
                    {
                        var inUse = Scene.Products.Any(p => p.IsActive && p.BillingAddress == address);
                        return (HasBillingRights(actor) && addresses.Contains(address) && !inUse, Scene.Billing.RemoveAddress(Scene.Organization, actor, address, Scene.Products).IsT0);
                    }

                case BillingStepKind.ChangeProductAddress when picked.Count > 0:
                    return (MayManage(actor, picked[0]) && addresses.Contains(address), picked[0].ChangeBillingAddress(Scene.Organization, Scene.Billing, actor, address).IsT0);

                case BillingStepKind.Terminate when picked.Count > 0:
                    return (MayManage(actor, picked[0]), picked[0].Terminate(Scene.Organization, actor).IsT0);

                case BillingStepKind.Order:
                    {
                        var product = Scene.Order(10m * step.Extra, step.Extra == 9 ? Currency.Eur : Currency.Chf, withAddress: step.Extra != 8);
                        Scene.Products.Add(product);
                        paidUntil[product.Id] = product.PaidUntil;
                        openInvoice[product.Id] = null;
                        return (true, true);
                    }

                case BillingStepKind.AdvanceTime:
                    Scene.Clock.Advance(TimeSpan.FromDays(30 * step.Extra));
                    return (true, true);

                default:
                    return (true, true);
            }
        }

        public void CheckInvariants(BillingStep step)
        {
            void Require(bool condition, string what)
            {
                if (!condition)
                {
                    throw new InvalidOperationException($"After {step}: {what}.");
                }
            }

            Require(Scene.Billing.NextInvoiceSequence == issued + 1, "the next number is one more than the invoices issued");
            Require(Scene.Invoices.Select(i => i.Number.Sequence).SequenceEqual(Enumerable.Range(1, (int)issued).Select(n => (long)n)), "the numbers are 1..N, in order of issue, without gaps or repeats");
            Require(Scene.Invoices.Select(i => i.Number.Value).Distinct().Count() == Scene.Invoices.Count, "the printed numbers are unique");
            for (var i = 0; i < Scene.Invoices.Count; i++)
            {
                var invoice = Scene.Invoices[i];
                Require(invoice.Status.Kind == statuses[i], $"invoice {i + 1} is {statuses[i]}");
                Require(Frozen(invoice) == asIssued[i], $"invoice {i + 1} keeps the address, lines and totals it was issued with");
                Require(invoice.Total == Money.Sum(invoice.Currency, invoice.Lines.Select(l => l.Total)).GetValueOrThrow(), $"invoice {i + 1}'s total is the sum of its lines");
            }

            foreach (var product in Scene.Products)
            {
                Require(product.PaidUntil == paidUntil[product.Id], $"product {product.Id} is paid until {paidUntil[product.Id]}");
                Require(product.OpenInvoice == openInvoice[product.Id], $"product {product.Id}'s open invoice is {openInvoice[product.Id]}");
            }
        }

        private static InvoiceState Frozen(Invoice invoice) =>
            invoice.ToState() with { Version = 0, Status = InvoiceStatusKind.Open, ClosedAt = null, PaymentMethod = null, VoidReason = null };

        private (bool Expected, bool Actual) Close(int index, AccountId actor, InvoiceStatusKind to, Func<bool> close)
        {
            var expected = HasBillingRights(actor) && statuses[index] == InvoiceStatusKind.Open;
            var actual = close();
            if (actual)
            {
                statuses[index] = to;
                foreach (var line in Scene.Invoices[index].Lines)
                {
                    openInvoice[line.Product] = null;
                    if (to == InvoiceStatusKind.Paid)
                    {
                        paidUntil[line.Product] = paidUntil[line.Product].AddMonths(12);
                    }
                }
            }

            return (expected, actual);
        }

        private bool MayManage(AccountId actor, Product product) =>
            product.IsActive && (actor == BillingScene.Owner || (actor == BillingScene.LimitedWithBilling && product.Id == Scene.Products[0].Id));

        private bool Billable(List<Product> picked, BillingAddressId? chosen, bool final)
        {
            var addresses = picked.Select(p => p.BillingAddress).Distinct().ToList();
            var address = chosen ?? (addresses.Count == 1 ? addresses[0] : null);
            return picked.Count > 0
                && picked.Select(p => p.Id).Distinct().Count() == picked.Count
                && picked.All(p => p.IsActive && (!final || openInvoice[p.Id] is null))
                && picked.Select(p => p.Price.Currency).Distinct().Count() == 1
                && address is { } known && Scene.Billing.Addresses.ContainsKey(known);
        }
    }
}
