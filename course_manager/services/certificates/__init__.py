"""Certificates, one module per job; the app and the command line call the same functions.

- :mod:`.eligibility`: who completed (:func:`completion_reasons`, :func:`eligible_enrollments`)
  and the :func:`preflight` of characters no bundled font draws;
- :mod:`.issuing`: :func:`issue` / :func:`issue_certificates`, :func:`reissue`, :func:`revoke`,
  the register (:func:`certificates_of`); serial numbers in :mod:`.serials`;
- :mod:`.sheet`: what every certificate of a cohort shares, and the templates;
- :mod:`.files`: the output folder, the per-person files and the merged file;
- :mod:`.previews`: a specimen or a holder's certificate, nothing issued;
- :mod:`.printing`: the one print path (offsets from the settings, the system queue);
- :mod:`.keys`: the signing key, exporting and importing public keys.

The names below are re-exported so ``from course_manager.services.certificates import issue``
keeps working; new code imports from the module that does the job.
"""

from __future__ import annotations

from course_manager.services.certificates.eligibility import (
    GlyphProblem,
    completion_reasons,
    eligible_enrollments,
    preflight,
    reasons_text,
)
from course_manager.services.certificates.files import (
    MERGED_FILE_SETTING,
    OUTPUT_DIR_SETTING,
    output_folder,
)
from course_manager.services.certificates.issuing import (
    Issued,
    IssueResult,
    Skipped,
    certificates_of,
    issue,
    issue_certificates,
    reissue,
    revoke,
)
from course_manager.services.certificates.previews import preview, preview_for
from course_manager.services.certificates.printing import (
    OFFSET_X_SETTING,
    OFFSET_Y_SETTING,
    print_file,
)
from course_manager.services.certificates.serials import (
    DEFAULT_SERIAL_PATTERN,
    SERIAL_PATTERN_SETTING,
    serial_for,
)
from course_manager.services.certificates.sheet import (
    LOGOS_SETTING,
    SIGNATORIES_SETTING,
    TEMPLATE_SETTING,
    build_sheet,
)
from course_manager.services.certificates.smoke import smoke_check

__all__ = [
    "DEFAULT_SERIAL_PATTERN",
    "LOGOS_SETTING",
    "MERGED_FILE_SETTING",
    "OFFSET_X_SETTING",
    "OFFSET_Y_SETTING",
    "OUTPUT_DIR_SETTING",
    "SERIAL_PATTERN_SETTING",
    "SIGNATORIES_SETTING",
    "TEMPLATE_SETTING",
    "GlyphProblem",
    "IssueResult",
    "Issued",
    "Skipped",
    "build_sheet",
    "certificates_of",
    "completion_reasons",
    "eligible_enrollments",
    "issue",
    "issue_certificates",
    "output_folder",
    "preflight",
    "preview",
    "preview_for",
    "print_file",
    "reasons_text",
    "reissue",
    "revoke",
    "serial_for",
    "smoke_check",
]
