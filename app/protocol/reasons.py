"""Why the county did not accept a change: a code, English words with %1 placeholders
(marked for translation, context "Core"), and whether the reason can go away by itself.

A receipt names each refused change as `{change_id, code, args, reason}`; `reason` is the
filled English text (for logs and older devices), `code` and `args` let the device show it
in the user's language (`describe`). Every refused change stays pending on the device and is
sent again at the next sync (app.sync.outbox), so a reason that goes away (the county was
updated, the county's rules changed) lets it through without anyone doing anything.
"""
from __future__ import annotations

from app.errors import N_, fill_placeholders

UPDATE_NEEDED = "update_needed"
DUPLICATE_USERNAME = "duplicate_username"  # found by the device applying a county record

REASONS: dict[str, str] = {
    "not_a_change": N_("The change is damaged (not a change record)."),
    "bad_change_id": N_("The change has no valid change id."),
    "unknown_kind": N_("The county server does not know this kind of record (%1)."),
    "bad_record_id": N_("The change has no valid record id."),
    "bad_op": N_("The change has an unknown operation."),
    "foreign_device": N_("The change was made on another device."),
    "bad_fields": N_("The list of changed fields is damaged."),
    "bad_snapshot": N_("The record sent with the change is missing or is another record."),
    "bad_base": N_("The earlier values sent with the change are damaged."),
    "unknown_fields": N_("The county server does not know these fields of %1: %2."),
    UPDATE_NEEDED: N_("The county server must be updated first: this device uses a newer "
                      "record format (%1; the county knows up to %2). The change will be "
                      "sent again after the update."),
    "bad_clock": N_("The change has a damaged clock stamp."),
    "other_station": N_("The record belongs to another station."),
    "bad_value": N_("A value is not valid for %1: %2"),
    # the county's authority over what a device may change (app.server.authority)
    "no_author": N_("The change has no author."),
    "unknown_author": N_("The author of the change is not a user of this station."),
    "inactive_author": N_("The author of the change is not an active user of this station."),
    "county_only": N_("Contract targets are the county's terms: only the county sets them, "
                      "a station cannot change them."),
    "admin_only": N_("Only the station admin may change %1 records (this change acts as %2)."),
    "other_org_unit": N_("The unit is not this station, its county or one of its villages."),
    "supervisor_review": N_("Only a supervisor may record a review (this change acts as %1)."),
    "own_review": N_("A review must be recorded by its own reviewer."),
    "supervisor_erasure": N_("Only a supervisor or the station admin may erase a person's "
                             "data (this change acts as %1)."),
    "supervisor_decision": N_("Only a supervisor may approve or return a case file (this "
                              "change acts as %1)."),
    "supervisor_stage": N_("Only a supervisor's approval moves a case to %1."),
    "own_case": N_("Only the case's own worker, a supervisor or the admin may change it."),
    "unknown_role": N_("The user has an unknown role (%1)."),
    # what a device could not apply (incoming; app.sync.inbox)
    DUPLICATE_USERNAME: N_("The user name %1 was also given to another person on another "
                           "computer of the station. An admin can rename the user of this "
                           "computer (then both are kept) or discard the other one here."),
}


def reason_text(code: str, *args: object) -> str:
    """The filled English text of a reason code (the receipt's `reason`)."""
    return fill_placeholders(REASONS.get(code, code), tuple(str(a) for a in args))


def describe(code: str, args, fallback: str, translate=None) -> str:
    """The reason in the user's language: `translate(context, source)` as in UserError;
    an unknown code (a newer county) shows the county's English words."""
    source = REASONS.get(code or "")
    if source is None:
        return fallback
    text = translate("Core", source) if translate else source
    return fill_placeholders(text, tuple(str(a) for a in (args or ())))
