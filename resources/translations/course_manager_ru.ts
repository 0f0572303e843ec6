<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CohortModuleDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="94"/>
        <source>Module in this cohort</source>
        <translation>Модуль в этой группе</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="100"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="102"/>
        <source>Required for completion</source>
        <translation>Обязателен для завершения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="105"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="106"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="107"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="64"/>
        <source>Cohorts</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="65"/>
        <source>Programme modules</source>
        <translation>Модули программы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="74"/>
        <location filename="../../ui/pages/cohorts.py" line="137"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="75"/>
        <location filename="../../ui/pages/cohorts.py" line="165"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="76"/>
        <location filename="../../ui/pages/cohorts.py" line="165"/>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="77"/>
        <source>Title (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="78"/>
        <source>Title (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="79"/>
        <source>Title (Kazakh)</source>
        <translation>Название (каз.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="83"/>
        <location filename="../../ui/pages/cohorts.py" line="170"/>
        <source>Add module…</source>
        <translation>Добавить модуль…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="84"/>
        <location filename="../../ui/pages/cohorts.py" line="171"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="101"/>
        <source>New cohort…</source>
        <translation>Новая группа…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="115"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="119"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="124"/>
        <source>names separated by commas</source>
        <translation>имена через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="130"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="131"/>
        <source>Excused absences count as attended</source>
        <translation>Уважительные пропуски засчитываются</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="132"/>
        <source>Save cohort</source>
        <translation>Сохранить группу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="138"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="143"/>
        <source>City, country</source>
        <translation>Город, страна</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="148"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="149"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="150"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="151"/>
        <source>Trainers</source>
        <translation>Тренеры</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="152"/>
        <source>Completion rule</source>
        <translation>Правило завершения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="154"/>
        <source>Minimum attendance</source>
        <translation>Минимальная посещаемость</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="155"/>
        <source>Minimum score</source>
        <translation>Минимальный балл</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="165"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="165"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="172"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="177"/>
        <source>Modules run</source>
        <translation>Проводимые модули</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="186"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="186"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="186"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="189"/>
        <source>Enroll…</source>
        <translation>Зачислить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="190"/>
        <source>Withdraw…</source>
        <translation>Отчислить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="193"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="252"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="252"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="331"/>
        <source>enrolled</source>
        <translation>зачислен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="331"/>
        <source>withdrawn</source>
        <translation>отчислен</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cohorts.py" line="337"/>
        <source>%n enrolled</source>
        <translation>
            <numerusform>Зачислено: %n</numerusform>
            <numerusform>Зачислено: %n</numerusform>
            <numerusform>Зачислено: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="368"/>
        <source>Cohort saved</source>
        <translation>Группа сохранена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="376"/>
        <source>This file has no programme yet.</source>
        <translation>В этом файле ещё нет программы.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="377"/>
        <source>enter the programme&apos;s names in Settings first</source>
        <translation>сначала введите названия программы в настройках</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="381"/>
        <source>New cohort</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="381"/>
        <source>Code of the new cohort (e.g. 2027-AST-01):</source>
        <translation>Код новой группы (например, 2027-AST-01):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="501"/>
        <source>%1 enrolled, %2 already were</source>
        <translation>Зачислено: %1, уже были зачислены: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="520"/>
        <source>Withdraw</source>
        <translation>Отчислить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="521"/>
        <source>Withdraw %1 from this cohort. Reason (kept in the record):</source>
        <translation>Отчислить из этой группы: %1. Причина (сохраняется в записи):</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="61"/>
        <location filename="../../ui/pages/dashboard.py" line="71"/>
        <source>Cohort</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="62"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="63"/>
        <location filename="../../ui/pages/dashboard.py" line="160"/>
        <source>Enrolled</source>
        <translation>Зачислено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="64"/>
        <location filename="../../ui/pages/dashboard.py" line="161"/>
        <source>Completed</source>
        <translation>Завершили</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="65"/>
        <source>Certified</source>
        <translation>С сертификатом</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="66"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="71"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="71"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="71"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="77"/>
        <source>Cohorts</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="79"/>
        <source>Upcoming module dates</source>
        <translation>Ближайшие даты модулей</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="112"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="139"/>
        <source>No module dates ahead.</source>
        <translation>Предстоящих модулей нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="143"/>
        <source>Participants and completion by country</source>
        <translation>Участники и завершение по странам</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="144"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="148"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="149"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="150"/>
        <source>unspecified</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="154"/>
        <source>Participants and completion by gender</source>
        <translation>Участники и завершение по полу</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="35"/>
        <location filename="../../ui/dialogs.py" line="51"/>
        <source>Course Manager</source>
        <translation>Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="38"/>
        <source>What to do: %1</source>
        <translation>Что сделать: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="53"/>
        <source>Something went wrong inside Course Manager. Your data was not changed by the unfinished step.</source>
        <translation>Внутри Course Manager произошла ошибка. Незавершённый шаг не изменил ваши данные.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="60"/>
        <source>Please copy the details and send them to whoever supports Course Manager for you.</source>
        <translation>Скопируйте подробности и отправьте их тому, кто сопровождает у вас Course Manager.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="66"/>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="145"/>
        <source>Enroll participants</source>
        <translation>Зачисление участников</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="149"/>
        <source>Search by name, e-mail, organisation…</source>
        <translation>Поиск по имени, эл. почте, организации…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Open the &amp;demo</source>
        <translation>Открыть &amp;демо</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>&amp;Import participants…</source>
        <translation>&amp;Импорт участников…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Course Manager</source>
        <translation>Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>%1 (read-only)</source>
        <translation>%1 (только чтение)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Opened %1 read-only: it can be viewed, changes cannot be saved</source>
        <translation>%1 открыт только для чтения: его можно просматривать, изменения сохранить нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>Opened %1</source>
        <translation>Открыт файл %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Opening the file…</source>
        <translation>Открытие файла…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>The newest sound backup is %1. Restore it? The damaged file is kept in the backups folder.</source>
        <translation>Самая новая исправная резервная копия — %1. Восстановить её? Повреждённый файл будет сохранён в папке резервных копий.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Restore the backup</source>
        <translation>Восстановить копию</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <source>New programme file</source>
        <translation>Новый файл программы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>Course Manager files (*.sqlite3 *.db);;All files (*)</source>
        <translation>Файлы Course Manager (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>Open a programme file</source>
        <translation>Открыть файл программы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>Preparing the demo…</source>
        <translation>Подготовка демо…</translation>
    </message>
</context>
<context>
    <name>ModuleDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="48"/>
        <source>Edit module</source>
        <translation>Изменить модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="48"/>
        <source>New module</source>
        <translation>Новый модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="55"/>
        <source>Required for completion</source>
        <translation>Обязателен для завершения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="58"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="59"/>
        <source>Title (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="60"/>
        <source>Title (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="61"/>
        <source>Title (Kazakh)</source>
        <translation>Название (каз.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="62"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="390"/>
        <source>Course Manager</source>
        <extracomment>How long quick work may take before a progress dialog appears (Anki uses 0.5 s too). Progress updates are sent to the UI at most this often. the open file is read-only (a read-only folder or medium): viewing only called (main thread) with the DamagedFileError when work finds the open file damaged and its screen set no failure handler; the main window offers the newest backup why today&apos;s automatic backup of the open file could not be written (a Message)</extracomment>
        <translation>Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="399"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="414"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Dashboard</source>
        <extracomment>Returns the translated title. Write it as ``lambda: QCoreApplication.translate(&quot;Pages&quot;, &quot;Title&quot;)`` so that lupdate finds the text. &quot;module:Class&quot;; the class is built as ``Class(db)``. A QStyle.StandardPixmap name (looked up after the first paint: start-up). The navigation, in order. Ctrl+1..9 follow this order.</extracomment>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Cohorts</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="23"/>
        <source>Edit participant</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="23"/>
        <source>New participant</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="31"/>
        <source>two letters, e.g. KZ</source>
        <translation>две буквы, например KZ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="36"/>
        <source>unspecified</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="37"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="38"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="44"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="45"/>
        <source>Name (Latin)</source>
        <translation>ФИО (латиницей)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="46"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="47"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="48"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="49"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="50"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="51"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="52"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="172"/>
        <source>Name</source>
        <extracomment>Column -&gt; Participant field (and roster sort key). The Changes of this model&apos;s own last save (the page does not reload for them).</extracomment>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="173"/>
        <source>Name (Latin)</source>
        <translation>ФИО (латиницей)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="174"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="175"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="176"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="177"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="178"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="183"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="184"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="185"/>
        <source>unspecified</source>
        <translation>не указан</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="37"/>
        <source>Search by name, e-mail, organisation, position or country (Ctrl+F)</source>
        <translation>Поиск по имени, эл. почте, организации, должности или стране (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="40"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="41"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="42"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/participants.py" line="113"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="153"/>
        <source>Name (Latin)</source>
        <translation>ФИО (латиницей)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="154"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="155"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="156"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="157"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="158"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="165"/>
        <source>Cohorts</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="170"/>
        <source>enrolled</source>
        <translation>зачислен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="170"/>
        <source>withdrawn</source>
        <translation>отчислен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="172"/>
        <source>%1 of %2 hours attended</source>
        <translation>посещено %1 из %2 ч</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="182"/>
        <source>Not enrolled in any cohort.</source>
        <translation>Не зачислен(а) ни в одну группу.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="184"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="189"/>
        <source>valid</source>
        <translation>действителен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="189"/>
        <source>revoked or replaced</source>
        <translation>отозван или заменён</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="196"/>
        <source>No certificates yet.</source>
        <translation>Сертификатов пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="213"/>
        <source>Added %1</source>
        <translation>Добавлен(а): %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="237"/>
        <source>Delete participant</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="238"/>
        <source>Delete %1? People enrolled in a cohort are withdrawn instead.</source>
        <translation>Удалить: %1? Зачисленных в группу не удаляют, а отчисляют.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="62"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="62"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="62"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="71"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="73"/>
        <source>Language of the app</source>
        <translation>Язык приложения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="79"/>
        <source>Names</source>
        <translation>Названия</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="81"/>
        <source>Programme code</source>
        <translation>Код программы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="84"/>
        <source>Programme (%1)</source>
        <translation>Программа (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="88"/>
        <source>Organisation (%1)</source>
        <translation>Организация (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="97"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="98"/>
        <source>Position (English)</source>
        <translation>Должность (англ.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="99"/>
        <source>Position (Russian)</source>
        <translation>Должность (рус.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="101"/>
        <source>Signature image</source>
        <translation>Изображение подписи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="100"/>
        <source>Position (Kazakh)</source>
        <translation>Должность (каз.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="112"/>
        <source>Choose signature image…</source>
        <translation>Выбрать изображение подписи…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="115"/>
        <source>Signatories and logos</source>
        <translation>Подписанты и логотипы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="123"/>
        <location filename="../../ui/pages/settings.py" line="148"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="126"/>
        <source>Logo %1</source>
        <translation>Логотип %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="139"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="141"/>
        <source>Serial number pattern</source>
        <translation>Шаблон серийного номера</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="142"/>
        <source>Default template</source>
        <translation>Шаблон по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="143"/>
        <source>Default languages</source>
        <translation>Языки по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="147"/>
        <source>none: the bundled fonts</source>
        <translation>нет: встроенные шрифты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="153"/>
        <source>Own font files</source>
        <translation>Свои файлы шрифтов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="159"/>
        <source>Open the file&apos;s folder</source>
        <translation>Открыть папку файла</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="164"/>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="166"/>
        <source>Open the backups folder</source>
        <translation>Открыть папку резервных копий</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="168"/>
        <source>Data file and backups</source>
        <translation>Файл данных и резервные копии</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="174"/>
        <source>Backups of this file, newest first:</source>
        <translation>Резервные копии этого файла, сначала новые:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="176"/>
        <source>Restore the chosen backup…</source>
        <translation>Восстановить выбранную копию…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="191"/>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="268"/>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="269"/>
        <source>made by hand</source>
        <translation>создана вручную</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="270"/>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="271"/>
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="272"/>
        <source>before an update of the file</source>
        <translation>перед обновлением файла</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="273"/>
        <source>before issuing certificates</source>
        <translation>перед выдачей сертификатов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="280"/>
        <source>No backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="324"/>
        <source>Settings saved</source>
        <translation>Настройки сохранены</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="335"/>
        <source>Choose an image</source>
        <translation>Выберите изображение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="337"/>
        <location filename="../../ui/pages/settings.py" line="356"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="344"/>
        <source>Choose a font file</source>
        <translation>Выберите файл шрифта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="344"/>
        <source>Fonts (*.ttf *.otf *.ttc)</source>
        <translation>Шрифты (*.ttf *.otf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="354"/>
        <source>Choose a signature image</source>
        <translation>Выберите изображение подписи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="378"/>
        <source>Backup saved: %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="381"/>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="392"/>
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="394"/>
        <source>Replace the open file with the backup %1? The file as it is now is kept in the backups folder first.</source>
        <translation>Заменить открытый файл резервной копией %1? Текущее состояние файла сначала сохраняется в папке резервных копий.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="411"/>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="412"/>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="14"/>
        <source>Welcome to Course Manager</source>
        <translation>Добро пожаловать в Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="18"/>
        <source>Course Manager keeps a training programme&apos;s participants, attendance and certificates in one file on this computer. Which file shall we use?</source>
        <translation>Course Manager хранит участников, посещаемость и сертификаты учебной программы в одном файле на этом компьютере. Какой файл использовать?</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="25"/>
        <source>Create a new file…</source>
        <translation>Создать новый файл…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="26"/>
        <source>Open an existing file…</source>
        <translation>Открыть существующий файл…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="27"/>
        <source>Try the demo programme</source>
        <translation>Открыть демо-программу</translation>
    </message>
</context>
</TS>
