"""What travels: the synced record kinds, their columns, and which kinds are append-only.

The wire schema of a parcel, written out so that the county server validates against it
without importing the station's models. `tests/sync/test_kinds.py` checks it is exactly what
the station's models (`app.models.SYNCED_MODELS`) write: a new column or kind there is added
here in the same change. `catalog` is the county's service catalogue, sent whole as one
document (see app.models.catalog.import_catalog).
"""
from __future__ import annotations

CATALOG_KIND = "catalog"
CONFLICT_KIND = "~conflict"

KIND_COLUMNS: dict[str, frozenset[str]] = {
    "org_unit": frozenset({
        "code", "created_at", "deleted_at", "hlc", "id", "kind", "name_bo", "name_en",
        "name_zh", "parent_id", "updated_at"}),
    "user": frozenset({
        "active", "created_at", "deleted_at", "display_name", "hlc", "id", "language",
        "larger_text", "role", "station_id", "updated_at", "username"}),
    "household": frozenset({
        "address_bo", "address_zh", "created_at", "deleted_at", "hlc", "id", "notes", "phone",
        "registered_by", "station_id", "updated_at", "village_id"}),
    "person": frozenset({
        "birth_date", "created_at", "deleted_at", "hlc", "household_id", "id", "id_number",
        "name_bo", "name_latin", "name_zh", "notes", "phone", "relation", "sex",
        "target_groups", "updated_at"}),
    "visit": frozenset({
        "created_at", "deleted_at", "domain_code", "follow_up_on", "hlc", "household_id",
        "id", "notes", "people_served", "service_items", "station_id", "updated_at",
        "visited_on", "worker_id"}),
    "activity": frozenset({
        "created_at", "deleted_at", "domain_code", "headcount", "held_on", "hlc", "id",
        "kind", "location", "notes", "organiser_id", "service_items", "station_id", "title",
        "updated_at", "village_id"}),
    "attendance": frozenset({
        "activity_id", "created_at", "deleted_at", "hlc", "id", "person_id", "updated_at"}),
    "resource_link": frozenset({
        "created_at", "deleted_at", "domain_code", "hlc", "household_id", "id",
        "in_kind_description", "in_kind_value_fen", "linked_on", "money_fen", "notes",
        "person_id", "provider_name", "source_code", "station_id", "updated_at", "worker_id"}),
    "case_file": frozenset({
        "assessment", "case_number", "closed_on", "closure_reason", "closure_summary",
        "created_at", "deleted_at", "domain_code", "hlc", "id", "intake_reason",
        "intake_source", "opened_on", "person_id", "plan_actions", "plan_goals",
        "review_state", "risk_level", "stage", "station_id", "updated_at", "worker_id"}),
    "case_service": frozenset({
        "case_id", "created_at", "deleted_at", "hlc", "id", "item_code", "minutes", "notes",
        "served_on", "updated_at", "worker_id"}),
    "case_review": frozenset({
        "case_id", "comments", "created_at", "decided_at", "decision", "deleted_at", "hlc",
        "id", "reviewer_id", "stage", "updated_at"}),
    "task": frozenset({
        "assignee_id", "case_id", "created_at", "deleted_at", "done_at", "due_on", "hlc",
        "household_id", "id", "kind", "text", "updated_at"}),
    "contract_target": frozenset({
        "created_at", "deleted_at", "domain_code", "hlc", "id", "measure", "station_id",
        "target", "updated_at", "year"}),
}
APPEND_ONLY_KINDS = frozenset({"attendance", "case_review", "case_service"})
