"""The manual as one immutable model (`manual`), built from validated data (`build`), read from a
source with the findings of reading it (`reader`), and what follows from it alone: the lifecycle
of revisions (`lifecycle`), the legal register as a graph (`register`), the clauses of the
standard (`iso9001`)."""

from isodocs.model.manual import (
    CHANGE_REASONS,
    HOURS_PER_WORKING_DAY,
    KINDS,
    LEGAL_STATUSES,
    Action,
    Agency,
    Approval,
    CatalogEntry,
    ChangeReason,
    ChangeRow,
    Config,
    Copy,
    Document,
    DossierItem,
    Duration,
    FormRef,
    Kind,
    LegalEntry,
    LegalSource,
    LegalStatus,
    Manual,
    Objective,
    Objectives,
    Operator,
    Origin,
    Person,
    Procedure,
    Record,
    Result,
    Step,
    Target,
    TimeUnit,
    Tthc,
    TthcChanges,
    frozen_map,
    number_key,
)

__all__ = [
    "CHANGE_REASONS", "HOURS_PER_WORKING_DAY", "KINDS", "LEGAL_STATUSES", "Action", "Agency",
    "Approval", "CatalogEntry", "ChangeReason", "ChangeRow", "Config", "Copy", "Document",
    "DossierItem", "Duration", "FormRef", "Kind", "LegalEntry", "LegalSource", "LegalStatus",
    "Manual", "Objective", "Objectives", "Operator", "Origin", "Person", "Procedure", "Record",
    "Result", "Step", "Target", "TimeUnit", "Tthc", "TthcChanges", "frozen_map", "number_key",
]
