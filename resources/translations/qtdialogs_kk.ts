<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<!-- Qt's own dialog texts that PySide6's qtbase_kk.qm leaves untranslated, or words otherwise than
     the app does (checked with tests/ui/test_no_english_left.py and test_dialogs_qt_texts.py);
     ui/i18n.py installs this catalogue after qtbase, so where both have a text this one is shown. -->
<context>
    <name>FileSize</name>
    <!-- Not Qt's: the file list's sizes as ui/dialogs.py writes them (Qt's own say
         "12 KiB" in every language). -->
    <message>
        <source>%1 byte</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 ТБ</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>An error occurred</source>
        <translation>Қате орын алды</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Қайда қарау:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файлдар түрі:</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 файлы</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Файлдар бумасы</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менің компьютерім</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Жарлық</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Көрсету: </translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Invalid filename</source>
        <translation>Жарамсыз файл аты</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;"%1" атауын қолдануға болмайды.&lt;/b&gt;&lt;p&gt;Басқа, қысқарақ немесе тыныс белгілерісіз атауды қолданып көріңіз.</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>TOML document</source>
        <translation>TOML құжаты</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>Postcard</source>
        <translation>Ашықхат</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Қос ашықхат</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Неміс бүктемелі (8.5 x 12 дюйм)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Неміс заңдық бүктемелі (8.5 x 13 дюйм)</translation>
    </message>
    <message>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation>АҚШ бүктемелі (14.875 x 11 дюйм)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
</context>
</TS>
