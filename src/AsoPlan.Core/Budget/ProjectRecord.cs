namespace AsoPlan.Core.Budget;

/// <summary>
/// A project's year inside its measure's yearly record (事務事業評価): budget, settlement and its funding, staff effort,
/// activity and the section's judgement of the project's future. It goes through the record's workflow with it:
/// saved, submitted, returned and approved together, guarded by the record's version; an approval publishes a copy
/// (<see cref="PublishedProject"/>), which is what the public sees.
/// </summary>
public class ProjectRecord : ProjectYear
{
    public int Id { get; set; }

    public int PdcaRecordId { get; set; }

    public Workflow.PdcaRecord? PdcaRecord { get; set; }

}
