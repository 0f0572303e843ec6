"""What the repositories refuse, as message kinds (a code and the English sentence).

The command line prints the English; the app translates by code.
"""

from __future__ import annotations

from course_manager.domain.messages import MessageKind

RECORD_MISSING = MessageKind("record.missing", "{what} does not exist.")

PROGRAMME_MISSING_ID = MessageKind("programme.missing_id", "Programme #{id} does not exist.")
PROGRAMME_MISSING_CODE = MessageKind(
    "programme.missing_code", "There is no programme with code '{code}'."
)
PROGRAMME_NONE_YET = MessageKind(
    "programme.none_yet", "The file has no programme yet (create one with 'programme add')."
)
PROGRAMME_SEVERAL = MessageKind(
    "programme.several", "The file has several programmes: name one with --programme CODE."
)
PROGRAMME_NEEDS_NAME = MessageKind("programme.needs_name", "A programme needs an English name.")
PROGRAMME_CODE_TAKEN = MessageKind(
    "programme.code_taken", "A programme with code '{code}' already exists."
)
PROGRAMME_FIXED_FIELDS = MessageKind(
    "programme.fixed_fields", "Cannot change {fields} of a programme."
)

MODULE_MISSING_ID = MessageKind("module.missing_id", "Module #{id} does not exist.")
MODULE_MISSING_CODE = MessageKind("module.missing_code", "There is no module with code '{code}'.")
MODULE_NEEDS_TITLE = MessageKind("module.needs_title", "A module needs an English title.")
MODULE_NEGATIVE_HOURS = MessageKind("module.negative_hours", "Module hours cannot be negative.")
MODULE_CODE_TAKEN = MessageKind(
    "module.code_taken", "The programme already has a module with code '{code}'."
)
MODULE_FIXED_FIELDS = MessageKind("module.fixed_fields", "Cannot change {fields} of a module.")
MODULE_OTHER_PROGRAMME = MessageKind(
    "module.other_programme", "Module {module} belongs to another programme."
)

COHORT_MISSING_ID = MessageKind("cohort.missing_id", "Cohort #{id} does not exist.")
COHORT_MISSING_CODE = MessageKind("cohort.missing_code", "There is no cohort with code '{code}'.")
COHORT_ENDS_BEFORE_START = MessageKind(
    "cohort.ends_before_start", "The cohort ends ({end}) before it starts ({start})."
)
COHORT_UNKNOWN_LANGUAGE = MessageKind(
    "cohort.unknown_language", "'{language}' is not a language of instruction this app knows."
)
COHORT_NEGATIVE_MIN_SCORE = MessageKind(
    "cohort.negative_min_score", "The minimum score cannot be negative."
)
COHORT_CODE_TAKEN = MessageKind("cohort.code_taken", "A cohort with code '{code}' already exists.")
COHORT_FIXED_FIELDS = MessageKind("cohort.fixed_fields", "Cannot change {fields} of a cohort.")
COHORT_MODULE_MISSING_ID = MessageKind(
    "cohort_module.missing_id", "Cohort module #{id} does not exist."
)
COHORT_MODULE_MISSING_CODE = MessageKind(
    "cohort_module.missing_code", "Cohort {cohort} does not run a module '{module}'."
)
COHORT_MODULE_HAS_MARKS = MessageKind(
    "cohort_module.has_marks",
    "This module already has {count} attendance marks; remove them first.",
)

PARTICIPANT_MISSING_ID = MessageKind("participant.missing_id", "Participant #{id} does not exist.")
PARTICIPANT_UNKNOWN_FIELD = MessageKind(
    "participant.unknown_field", "A participant has no field '{field}'."
)
PARTICIPANT_NEEDS_NAME = MessageKind("participant.needs_name", "A participant needs a name.")
PARTICIPANT_NO_EMAIL = MessageKind(
    "participant.unknown_email", "No participant has the e-mail {email}."
)
PARTICIPANT_UNKNOWN = MessageKind(
    "participant.unknown_reference", "No participant is known as '{text}' (give an id or e-mail)."
)
PARTICIPANT_EMAIL_TAKEN = MessageKind(
    "participant.email_taken", "{email} already belongs to participant #{id} ({name})."
)
PARTICIPANT_ENROLLED = MessageKind(
    "participant.enrolled",
    "This participant is enrolled in a cohort; withdraw them instead of deleting.",
)

ENROLLMENT_MISSING_ID = MessageKind("enrollment.missing_id", "Enrollment #{id} does not exist.")
NOT_ENROLLED = MessageKind(
    "enrollment.not_enrolled", "Participant #{participant} is not enrolled in this cohort."
)

ATTENDANCE_NEGATIVE_HOURS = MessageKind(
    "attendance.negative_hours", "Hours attended cannot be negative."
)

CERTIFICATE_MISSING_ID = MessageKind("certificate.missing_id", "Certificate #{id} does not exist.")
CERTIFICATE_MISSING_SERIAL = MessageKind(
    "certificate.missing_serial", "There is no certificate with serial {serial!r}."
)
