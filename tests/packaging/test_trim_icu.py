"""tools/trim_icu.py on the installed PySide6's ICU data, without a PyInstaller build.

The trimmed library is loaded by the real Qt (LD_LIBRARY_PATH wins over libicuuc's RUNPATH),
and the smoke test's locale check runs against it: it passes on the build's rules and fails
when the rules leave out a language the app needs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import trim_icu  # noqa: E402


def _wheel_icu_data() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


SOURCE = _wheel_icu_data()
TOOLS = ("icupkg", "as", "ld")
pytestmark = [
    pytest.mark.skipif(SOURCE is None, reason="this PySide6 ships no ICU data (Linux wheels do)"),
    pytest.mark.skipif(
        not all(shutil.which(t) or shutil.which(t, path="/usr/sbin") for t in TOOLS),
        reason="needs icupkg (icu-devtools) and binutils: python3 tools/dev.py test installs them",
    ),
]

CHECK_WITH = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
loaded = [line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line]
from ui.smoke import check_locale_data
print(check_locale_data(Path(".")))
loaded += [line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line]
print("loaded", sorted(set(loaded)))
"""


def run_locale_check(library_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LD_LIBRARY_PATH": str(library_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", CHECK_WITH.format(root=str(ROOT))],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def trimmed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    assert SOURCE is not None
    out = tmp_path_factory.mktemp("icu") / SOURCE.name
    return out, trim_icu.trim(SOURCE, out)


def test_the_trimmed_library_exports_the_same_symbol_under_the_same_name(
    trimmed: tuple[Path, list[str]],
) -> None:
    assert SOURCE is not None
    out, removed = trimmed
    soname, symbol, data = trim_icu.read_library(SOURCE)
    new_soname, new_symbol, new_data = trim_icu.read_library(out)
    assert (new_soname, new_symbol) == (soname, symbol)
    assert new_data[12:16] == b"CmnD" and len(new_data) < len(data) / 3
    assert out.stat().st_size < SOURCE.stat().st_size / 3
    dynamic = subprocess.run(["objdump", "-T", str(out)], capture_output=True, text=True).stdout
    assert symbol in dynamic


def test_the_package_keeps_what_qt_needs_for_the_app_languages(
    trimmed: tuple[Path, list[str]], tmp_path: Path
) -> None:
    out, removed = trimmed
    _soname, symbol, data = trim_icu.read_library(out)
    dat = tmp_path / f"{trim_icu.package_name(symbol)}.dat"
    dat.write_bytes(data)
    icupkg = trim_icu._tool("icupkg", trim_icu.ICUPKG_HINT)
    items = set(trim_icu.list_items(icupkg, dat))
    kept = {
        "root.res",
        "kk.res",
        "ru_KZ.res",
        "en_GB.res",
        "pool.res",
        "res_index.res",
        "coll/root.res",
        "coll/ucadata.icu",
        "coll/kk.res",
        "coll/ru.res",
        "coll/az.res",
        "coll/ka.res",
        "zone/kk.res",
        "zone/ru.res",
        "zone/pool.res",
        "zoneinfo64.res",
        "metaZones.res",
        "likelySubtags.res",
        "supplementalData.res",
        "cnvalias.icu",
        "ibm-5347_P100-1998.cnv",  # windows-1251, a single-byte code page
        "brkitr/line.brk",
        "uts46.nrm",
    }
    assert kept <= items, kept - items
    gone = {
        "de.res",
        "zh.res",
        "coll/zh.res",
        "zone/de.res",
        "lang/ka.res",
        "brkitr/cjdict.dict",
        "translit/root.res",
        "gb18030.cnv",
    }
    assert gone <= set(removed) and not gone & items


def test_qt_sorts_names_and_names_time_zones_with_the_trimmed_data(
    trimmed: tuple[Path, list[str]],
) -> None:
    out, _removed = trimmed
    result = run_locale_check(out.parent)
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"loaded ['{out}']" in result.stdout  # Qt used the trimmed copy, not the wheel's


def test_the_locale_check_fails_when_the_data_lacks_kazakh(tmp_path: Path) -> None:
    assert SOURCE is not None
    out = tmp_path / SOURCE.name
    removed = trim_icu.trim(SOURCE, out, ui_languages={"en", "ru"})
    assert "coll/kk.res" in removed and "zone/kk.res" in removed
    result = run_locale_check(tmp_path)
    assert result.returncode != 0
    assert "RuntimeError: kk_KZ sorts" in result.stderr, result.stderr[-3000:]


def test_the_build_caches_one_trimmed_copy_per_input(tmp_path: Path) -> None:
    assert SOURCE is not None
    first = trim_icu.trimmed_library(SOURCE, tmp_path)
    made = first.stat().st_mtime_ns
    assert trim_icu.trimmed_library(SOURCE, tmp_path) == first
    assert first.stat().st_mtime_ns == made
    assert trim_icu.trimmed_library(SOURCE, tmp_path, {"en", "ru"}) != first


def test_a_file_that_is_no_icu_data_library_is_refused(tmp_path: Path) -> None:
    assert SOURCE is not None
    libqt = next(SOURCE.parent.glob("libQt6Core.so.*"))
    with pytest.raises(trim_icu.TrimError, match="not an ICU data library"):
        trim_icu.trim(libqt, tmp_path / "out.so")
    assert not (tmp_path / "out.so").exists()
