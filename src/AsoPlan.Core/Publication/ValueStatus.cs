namespace AsoPlan.Core.Publication;

/// <summary>What a published value is: open data's status column and the public page say it in words.</summary>
public enum ValueStatus
{
    /// <summary>確定: a final value, never corrected.</summary>
    Final = 1,

    /// <summary>速報値: a preliminary value the section will replace with the final one (a correction).</summary>
    Preliminary = 2,

    /// <summary>未確定: no value yet, with the public reason.</summary>
    NotAvailable = 3,

    /// <summary>訂正済: a value corrected after it was first published.</summary>
    Corrected = 4,
}
