namespace Infomaniak.Domain.Demo;

/// <summary>One scene of the demo: a story from the knowledge base told with the library.</summary>
internal interface IStory
{
    string Title { get; }

    void Run(TextWriter output);
}
