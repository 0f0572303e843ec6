<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<!-- Qt's own dialog texts that PySide6's qtbase_ko.qm leaves untranslated, or words otherwise than
     the app does (checked with tests/ui/test_no_english_left.py and test_dialogs_qt_texts.py);
     ui/i18n.py installs this catalogue after qtbase, so where both have a text this one is shown. -->
<context>
    <name>FileSize</name>
    <!-- Not Qt's: the file list's sizes as ui/dialogs.py writes them (Qt's own say
         "12 KiB" in every language). -->
    <message>
        <source>%1 byte</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1TB</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>폴더</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>파일 폴더</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>드라이브</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>바로 가기</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>An error occurred</source>
        <translation>오류가 발생했습니다</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>다음에서 찾기(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
    <message>
        <source>%1&#xa;Directory not found.&#xa;Please verify the correct directory name was given.</source>
        <translation>%1&#xa;폴더를 찾을 수 없습니다.&#xa;폴더 이름이 올바른지 확인하십시오.</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>폴더를 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>폴더 찾기</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>상위 폴더로 이동</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>상위 폴더</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>표시: </translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>쪽 집합(&amp;S):</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>TOML document</source>
        <translation>TOML 문서</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>&amp;Billing information:</source>
        <translation>청구 정보(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <comment>Banner page at end</comment>
        <translation>끝(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <comment>Banner page at start</comment>
        <translation>시작(&amp;S):</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>작업 우선 순위(&amp;P):</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>예약 인쇄(&amp;P):</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>쪽 순서(&amp;O):</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>한 장에 인쇄할 쪽 수(&amp;P):</translation>
    </message>
</context>
<context>
    <name>QIODevice</name>
    <message>
        <source>No such file or directory</source>
        <translation>해당 파일이나 폴더가 없음</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Discard</source>
        <translation>저장 안 함</translation>
    </message>
</context>
</TS>
