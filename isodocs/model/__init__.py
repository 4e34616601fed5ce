"""The manual as one immutable model (`manual`), built from validated data (`build`), read from a
source with the findings of reading it (`reader`), and what follows from it alone: the lifecycle
of revisions (`lifecycle`), the legal register as a graph (`register`), the clauses of the
standard (`iso9001`)."""

from isodocs.model.manual import (
    CHANGE_REASONS,
    HOURS_PER_WORKING_DAY,
    KINDS,
    LEGAL_STATUSES,
    Agency,
    Approval,
    CatalogEntry,
    ChangeRow,
    Config,
    Copy,
    Document,
    DossierItem,
    Duration,
    FormRef,
    LegalEntry,
    LegalSource,
    Manual,
    Objective,
    Objectives,
    Origin,
    Person,
    Procedure,
    Record,
    Result,
    Step,
    Target,
    Tthc,
    TthcChanges,
    frozen_map,
    number_key,
)
