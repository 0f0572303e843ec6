"""The programme's record as plain Python.

Every stored row carries an integer ``id`` (fast joins) and a ``uuid`` (stable across files, so
records from two offices can be merged later). Texts in three languages are kept as separate
``*_en``, ``*_ru``, ``*_kk`` fields.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Generic, NewType, TypeVar

ProgrammeId = NewType("ProgrammeId", int)
ModuleId = NewType("ModuleId", int)
CohortId = NewType("CohortId", int)
CohortModuleId = NewType("CohortModuleId", int)
ParticipantId = NewType("ParticipantId", int)
EnrollmentId = NewType("EnrollmentId", int)
CertificateId = NewType("CertificateId", int)

LANGUAGES = ("en", "ru", "kk")
#: Languages a cohort can be taught in (the app's choices; storage accepts these only).
COHORT_LANGUAGES = (
    "en",
    "ru",
    "kk",
    "ru/kk",
    "kk/ru",
    "ko",
    "uz",
    "ky",
    "tg",
    "az",
    "ka",
    "hy",
    "mn",
)

_Id = TypeVar("_Id", bound=int)


class Stored(Generic[_Id]):
    """A record that has been (or will be) stored: its ``id`` is None until it is."""

    __slots__ = ()
    id: _Id | None

    def require_id(self) -> _Id:
        """The stored row's id (a record read from the file always has one)."""
        if self.id is None:
            raise ValueError(f"{type(self).__name__} has not been stored yet")
        return self.id


class Gender(enum.StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNSPECIFIED = "unspecified"


class EnrollmentStatus(enum.StrEnum):
    ENROLLED = "enrolled"
    WITHDRAWN = "withdrawn"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    LATE = "late"
    ABSENT = "absent"
    EXCUSED = "excused"

    @property
    def attended(self) -> bool:
        return self in (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


@dataclass(slots=True)
class Programme(Stored[ProgrammeId]):
    code: str
    name_en: str
    name_ru: str = ""
    name_kk: str = ""
    partners: list[str] = field(default_factory=list)
    id: ProgrammeId | None = None
    uuid: str | None = None

    def name(self, lang: str) -> str:
        return getattr(self, f"name_{lang}", "") or self.name_en


@dataclass(slots=True)
class Module(Stored[ModuleId]):
    programme_id: ProgrammeId
    code: str
    title_en: str
    title_ru: str = ""
    title_kk: str = ""
    hours: float = 0.0
    required: bool = True
    position: int = 0
    id: ModuleId | None = None
    uuid: str | None = None

    def title(self, lang: str) -> str:
        return getattr(self, f"title_{lang}", "") or self.title_en


@dataclass(slots=True)
class CompletionRule:
    """Who completes a cohort.

    ``min_attendance`` is a share (0..1) of the cohort's module hours. Required modules are the
    cohort modules flagged ``required``. ``min_score`` applies to scored modules only.
    """

    min_attendance: float = 0.8
    min_score: float | None = None
    excused_counts_as_attended: bool = False


@dataclass(slots=True)
class Cohort(Stored[CohortId]):
    code: str
    programme_id: ProgrammeId
    title: str = ""
    city: str = ""
    country: str = ""
    online: bool = False
    start_date: str | None = None
    end_date: str | None = None
    language: str = "en"
    venue: str = ""
    trainers: list[str] = field(default_factory=list)
    rule: CompletionRule = field(default_factory=CompletionRule)
    id: CohortId | None = None
    uuid: str | None = None

    @property
    def place(self) -> str:
        if self.online:
            return "Online"
        return ", ".join(p for p in (self.city, self.country) if p)


@dataclass(slots=True)
class CohortModule(Stored[CohortModuleId]):
    """A module as one cohort runs it: when, how many hours, and whether it is required."""

    cohort_id: CohortId
    module_id: ModuleId
    date: str | None = None
    hours: float = 0.0
    required: bool = True
    position: int = 0
    id: CohortModuleId | None = None
    uuid: str | None = None
    # Denormalised for display
    module_code: str = ""
    title_en: str = ""
    title_ru: str = ""
    title_kk: str = ""

    def title(self, lang: str) -> str:
        return getattr(self, f"title_{lang}", "") or self.title_en


#: A participant's settable fields, in display order: the one list the repository, the
#: importer, exports, the command line and the app derive theirs from.
PARTICIPANT_FIELDS = (
    "full_name",
    "full_name_latin",
    "email",
    "country",
    "organization",
    "position",
    "gender",
    "phone",
    "notes",
)
#: The fields the roster shows as columns and can be sorted by (the first seven).
PARTICIPANT_COLUMNS = PARTICIPANT_FIELDS[:7]
#: Parts of a name a spreadsheet may hold in separate columns (joined into ``full_name``).
NAME_PARTS = ("surname", "given_name", "patronymic")
#: What an imported column can be mapped to, in display order: the participant's fields with
#: the name parts after the full name.
MAPPABLE_FIELDS = ("full_name", *NAME_PARTS, *PARTICIPANT_FIELDS[1:])


@dataclass(slots=True)
class Participant(Stored[ParticipantId]):
    full_name: str
    full_name_latin: str = ""
    email: str | None = None
    country: str | None = None
    organization: str = ""
    position: str = ""
    gender: Gender = Gender.UNSPECIFIED
    phone: str = ""
    notes: str = ""
    id: ParticipantId | None = None
    uuid: str | None = None

    def display_latin(self) -> str:
        return self.full_name_latin or self.full_name


@dataclass(slots=True)
class Enrollment(Stored[EnrollmentId]):
    cohort_id: CohortId
    participant_id: ParticipantId
    status: EnrollmentStatus = EnrollmentStatus.ENROLLED
    enrolled_at: str | None = None
    withdrawn_at: str | None = None
    withdraw_reason: str = ""
    id: EnrollmentId | None = None
    uuid: str | None = None


@dataclass(slots=True)
class AttendanceMark:
    enrollment_id: EnrollmentId
    cohort_module_id: CohortModuleId
    status: AttendanceStatus
    hours: float = 0.0
    score: float | None = None
    id: int | None = None
    uuid: str | None = None


@dataclass(slots=True)
class CompletionOverride:
    enrollment_id: EnrollmentId
    completed: bool
    reason: str
    at: str | None = None
    actor: str | None = None


@dataclass(slots=True)
class Certificate(Stored[CertificateId]):
    serial: str
    enrollment_id: EnrollmentId
    issue_date: str
    languages: list[str]
    template: str
    full_name: str
    full_name_latin: str
    verification_code: str = ""
    payload: str = ""
    signature: str = ""
    revoked_at: str | None = None
    revoke_reason: str = ""
    supersedes_id: CertificateId | None = None
    superseded_by_id: CertificateId | None = None
    id: CertificateId | None = None
    uuid: str | None = None

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None and self.superseded_by_id is None
