"""An import's result in words, as the command line prints it and the wizard shows it."""

from __future__ import annotations

from evactrack.services.imports import ImportResult


def summary_text(result: ImportResult, issue_limit: int = 50) -> str:
    """The counts and the rows to review, as the command line prints them."""
    if result.dry_run:
        head = (
            f"{result.file_name} (dry run, nothing changed): {result.created} to create, "
            f"{result.merged} to merge, {result.skipped} to skip, {result.rejected} rejected"
        )
    else:
        head = (
            f"{result.file_name}: {result.created} created, {result.merged} merged, "
            f"{result.skipped} skipped, {result.rejected} rejected (import #{result.batch_id})"
        )
    lines = [head]
    for action in result.actions[:issue_limit]:
        parts = [action.action, action.name, f"({action.target})" if action.target else ""]
        lines.append(f"row {action.row}: " + " ".join(p for p in parts if p))
    if result.already_imported:
        shown = ", ".join(f"#{b}" for b in result.already_imported)
        lines.append(f"this same file was imported before as {shown}")
    for group in result.duplicates[:issue_limit]:
        match = group.matches[0]
        who = f"person #{match.person_id}" if match.person_id else f"row {match.row}"
        lines.append(
            f"row {group.row}: {group.name} may be {who} {match.name} ({match.reason}): "
            f"{group.action.value}"
        )
    for issue in result.issues[:issue_limit]:
        column = f", column '{issue.column}'" if issue.column else ""
        status = "rejected" if issue.rejected else "review"
        lines.append(f"row {issue.row}{column}: {issue.message} [{status}]")
    hidden = sum(
        max(len(items) - issue_limit, 0)
        for items in (result.actions, result.issues, result.duplicates)
    )
    if hidden:
        lines.append(f"... and {hidden} more (use --json for all)")
    return "\n".join(lines)
