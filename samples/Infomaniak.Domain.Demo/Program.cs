using Infomaniak.Domain.Demo;

// Each story walks through one part of the rulebook with the library's public API only.
IStory[] stories =
[
    new SharedKernelStory(),
    new FamilyStory(),
    new WebmasterStory(),
    new BillingStory(),
    new PrepaidStory(),
    new OrderingStory(),
];

foreach (var story in stories)
{
    Console.WriteLine($"== {story.Title} ==");
    story.Run(Console.Out);
    Console.WriteLine();
}
