namespace Platform.Features.Members;

/// <summary>The member register's pages: forms answered with its confirmations (<see cref="MemberTexts"/>).</summary>
internal abstract class MembersPageModel : FormPageModel
{
    protected override IReadOnlyDictionary<string, string> Confirmations => MemberTexts.Confirmations;
}
