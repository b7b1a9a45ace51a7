namespace AsoPlan.Core.ExternalReview;

/// <summary>The committee's finding on a measure and the city's response, compiled by the planning office.</summary>
public enum CommitteeFindingState
{
    /// <summary>下書き: being compiled; only the planning office sees it.</summary>
    Draft = 1,

    /// <summary>公表: on the measure page, the yearly report and open data, beside that year's evaluation.</summary>
    Published = 2,
}
