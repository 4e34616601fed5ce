"""The manual as one immutable model (`manual`), built from validated data (`build`), read from a
source with the findings of reading it (`reader`), and what follows from it alone: the lifecycle
of revisions (`lifecycle`), the legal register as a graph (`register`), the clauses of the
standard (`iso9001`)."""

from isodocs.model.manual import (
    HOURS_PER_WORKING_DAY, KINDS, CHANGE_REASONS, LEGAL_STATUSES, frozen_map, Origin, Person,
    Agency, CatalogEntry, Copy, Config, Duration, ChangeRow, DossierItem, Tthc, Step, FormRef,
    Record, Procedure, Target, Result, Objective, Objectives, Document, LegalSource, TthcChanges,
    LegalEntry, Approval, Manual, number_key,
)
