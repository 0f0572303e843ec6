<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<!-- Qt's own dialog texts that PySide6's qtbase_ru.qm leaves untranslated, or words otherwise than
     the app does (checked with tests/ui/test_no_english_left.py and test_dialogs_qt_texts.py);
     ui/i18n.py installs this catalogue after qtbase, so where both have a text this one is shown. -->
<context>
    <name>FileSize</name>
    <!-- Not Qt's: the file list's sizes as ui/dialogs.py writes them (Qt's own say
         "12 KiB" in every language). -->
    <message>
        <source>%1 byte</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Б</translation>
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
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Папка</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Папка с файлами</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Ярлык</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>An error occurred</source>
        <translation>Произошла ошибка</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
    <message>
        <source>%1&#xa;Directory not found.&#xa;Please verify the correct directory name was given.</source>
        <translation>%1&#xa;Папка не найдена.&#xa;Проверьте правильность указанного имени папки.</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Не удалось удалить папку.</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Папки</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Найти папку</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Перейти в родительскую папку</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Родительская папка</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Показать: </translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>TOML document</source>
        <translation>документ TOML</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Набор страниц:</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>&amp;Billing information:</source>
        <translation>&amp;Платёжная информация:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <comment>Banner page at end</comment>
        <translation>&amp;Конец:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <comment>Banner page at start</comment>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>&amp;Приоритет задания:</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>&amp;Отложенная печать:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Порядок страниц:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Страниц на &amp;листе:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Дюймы (дюйм)</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>%1 x %2 in</source>
        <translation>%1 x %2 дюйм</translation>
    </message>
    <message>
        <source>Executive (7.25 x 10.5 in)</source>
        <translation>Executive (7.25 x 10.5 дюйм)</translation>
    </message>
    <message>
        <source>Executive (7.5 x 10 in)</source>
        <translation>Executive (7.5 x 10 дюйм)</translation>
    </message>
    <message>
        <source>Folio (8.27 x 13 in)</source>
        <translation>Folio (8.27 x 13 дюйм)</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Конверт B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Конверт B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Конверт B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Конверт C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Конверт C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Конверт C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Конверт C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Конверт C4</translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation>Конверт C5</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Конверт C6</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Конверт C65</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Конверт C7</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Конверт Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Конверт Chou 4</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Конверт DL</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Конверт Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Конверт Kaku 3</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Конверт Monarch</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Конверт PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Конверт PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Конверт PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Конверт PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Конверт PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Конверт PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Конверт PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Конверт PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Конверт PRC 9</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Конверт PRC 10</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Конверт US 9</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Конверт US 10</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Конверт US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Конверт US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Конверт US 14</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Конверт для приглашений</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Итальянский конверт</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Личный конверт</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Открытка</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Двойная открытка</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Немецкая фальцованная (8.5 x 12 дюйм)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Немецкая юридическая фальцованная (8.5 x 13 дюйм)</translation>
    </message>
    <message>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation>Американская фальцованная (14.875 x 11 дюйм)</translation>
    </message>
</context>
<context>
    <name>QIODevice</name>
    <message>
        <source>No such file or directory</source>
        <translation>Нет такого файла или папки</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
</context>
</TS>
