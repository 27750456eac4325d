"""The typed domain model (SQLAlchemy 2) and the encrypted storage facade."""
from app.models.attachments import Attachment, AttachmentBlob, AttachmentBlobPart
from app.models.base import Base, SyncedRecord, new_id, utc_now
from app.models.cases import CaseFile, CaseReview, CaseServiceRecord, Task
from app.models.catalog import CatalogEntry
from app.models.org import OrgUnit, User
from app.models.people import Household, Person, PersonSearchKey
from app.models.records import (Activity, Attendance, ContractTarget, DeletionNote, RecordMerge,
                                ResourceLink, Visit)
from app.models.rights import Erasure, StationSetting
from app.models.system import AuditEntry, ChangeLogEntry, DeviceIdentity, Draft, Meta
import app.models.sync_state  # noqa: F401  (device sync bookkeeping tables)

SYNCED_MODELS: dict[str, type] = {
    model.__sync_kind__: model
    for model in (OrgUnit, User, Household, Person, Visit, Activity, Attendance, ResourceLink,
                  CaseFile, CaseServiceRecord, CaseReview, Task, ContractTarget, RecordMerge,
                  DeletionNote, Attachment, Erasure, StationSetting)
}

__all__ = [
    "Activity", "Attachment", "AttachmentBlob", "AttachmentBlobPart", "Attendance", "AuditEntry", "Base", "CaseFile", "CaseReview",
    "CaseServiceRecord", "CatalogEntry", "ChangeLogEntry", "ContractTarget", "DeletionNote",
    "DeviceIdentity", "Draft", "Erasure", "Household", "Meta",
    "OrgUnit", "Person", "PersonSearchKey", "RecordMerge", "ResourceLink", "SYNCED_MODELS",
    "StationSetting", "SyncedRecord",
    "Task", "User", "Visit", "new_id", "utc_now",
]
