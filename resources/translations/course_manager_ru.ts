<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="183"/>
        <source>Participant</source>
        <extracomment>Status value -&gt; (key letter, background colour).</extracomment>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="186"/>
        <source>Completes?</source>
        <translation>Завершит?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="190"/>
        <source>required</source>
        <translation>обязательный</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="190"/>
        <source>optional</source>
        <translation>необязательный</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="215"/>
        <source>Withdrawn from the cohort</source>
        <translation>Отчислен(а) из группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="223"/>
        <source>present</source>
        <translation>присутствовал(а)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="224"/>
        <source>late</source>
        <translation>опоздал(а)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="225"/>
        <source>absent</source>
        <translation>отсутствовал(а)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="226"/>
        <source>excused</source>
        <translation>уважительная причина</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="238"/>
        <source>No mark yet: press P, L, A or E, or type the hours</source>
        <translation>Отметки ещё нет: нажмите P, L, A или E либо введите часы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="249"/>
        <source>%1, %2 h</source>
        <translation>%1, %2 ч</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="252"/>
        <source>score %1</source>
        <translation>балл %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="261"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="261"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="276"/>
        <source>Attendance %1% (%2 of %3 h)</source>
        <translation>Посещаемость %1% (%2 из %3 ч)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="283"/>
        <source>Meets the cohort&apos;s completion rule.</source>
        <translation>Выполняет правило завершения группы.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="285"/>
        <source>completed</source>
        <translation>завершил(а)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="286"/>
        <source>not completed</source>
        <translation>не завершил(а)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="287"/>
        <source>Overridden as %1: %2</source>
        <translation>Решение вручную — %1: %2</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../ui/pages/attendance.py" line="76"/>
        <source>&amp;Cohort:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="79"/>
        <source>Mark module &amp;present</source>
        <translation>Отметить модуль: все &amp;присутствовали</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="81"/>
        <source>Mark everyone still enrolled present in the current module&apos;s column; then mark the exceptions</source>
        <translation>Отметить всех зачисленных как присутствовавших в столбце текущего модуля; затем отметьте исключения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="84"/>
        <source>&amp;Override…</source>
        <translation>&amp;Решить вручную…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="86"/>
        <source>Decide completion for the current participant yourself, with a reason</source>
        <translation>Самостоятельно решить, завершил ли текущий участник курс, указав причину</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="88"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="89"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="119"/>
        <source>Keys: arrows move · P present · L late · A absent · E excused · digits type the hours, Enter saves · Ctrl+Z undo · Ctrl+Y redo. Hover over “Completes?” for the reasons.</source>
        <translation>Клавиши: стрелки — перемещение · P присутствовал · L опоздал · A отсутствовал · E уважительная причина · цифры — часы, Enter сохраняет · Ctrl+Z отмена · Ctrl+Y повтор. Наведите на «Завершит?», чтобы увидеть причины.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/attendance.py" line="196"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="222"/>
        <source>Move to a module&apos;s column first</source>
        <translation>Сначала перейдите в столбец модуля</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="230"/>
        <source>Mark %1 %2 in %3</source>
        <translation>Отметить: %1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="234"/>
        <source>Mark %1 people %2 in %3</source>
        <translation>Отметить %1 чел. — %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="242"/>
        <source>Type %1 h</source>
        <translation>Ввести %1 ч</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="256"/>
        <source>Mark everyone present in %1</source>
        <translation>Отметить всех присутствовавшими: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="269"/>
        <source>A withdrawn participant cannot be overridden</source>
        <translation>Для отчисленного участника нельзя решить вручную</translation>
    </message>
</context>
<context>
    <name>CertificatesPlaceholder</name>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="36"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="40"/>
        <source>Here you will see who is eligible, preview and issue numbered certificates, print them, reissue or revoke them, and verify a certificate&apos;s code.</source>
        <translation>Здесь вы увидите, кто имеет право на сертификат, сможете просмотреть и выдать пронумерованные сертификаты, распечатать, перевыпустить или отозвать их, а также проверить код сертификата.</translation>
    </message>
</context>
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
        <location filename="../../ui/pages/cohorts.py" line="71"/>
        <source>Cohorts</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="72"/>
        <source>Programme modules</source>
        <translation>Модули программы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="80"/>
        <location filename="../../ui/pages/cohorts.py" line="138"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="80"/>
        <location filename="../../ui/pages/cohorts.py" line="165"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="80"/>
        <location filename="../../ui/pages/cohorts.py" line="166"/>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="80"/>
        <source>Title (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="81"/>
        <source>Title (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="81"/>
        <source>Title (Kazakh)</source>
        <translation>Название (каз.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="84"/>
        <location filename="../../ui/pages/cohorts.py" line="170"/>
        <source>Add module…</source>
        <translation>Добавить модуль…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="85"/>
        <location filename="../../ui/pages/cohorts.py" line="171"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="102"/>
        <source>New cohort…</source>
        <translation>Новая группа…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="116"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="120"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="125"/>
        <source>names separated by commas</source>
        <translation>имена через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="131"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="132"/>
        <source>Excused absences count as attended</source>
        <translation>Уважительные пропуски засчитываются</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="133"/>
        <source>Save cohort</source>
        <translation>Сохранить группу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="139"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="144"/>
        <source>City, country</source>
        <translation>Город, страна</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="149"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="150"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="151"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="152"/>
        <source>Trainers</source>
        <translation>Тренеры</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="153"/>
        <source>Completion rule</source>
        <translation>Правило завершения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="155"/>
        <source>Minimum attendance</source>
        <translation>Минимальная посещаемость</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="156"/>
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
        <location filename="../../ui/pages/cohorts.py" line="242"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="242"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="307"/>
        <source>enrolled</source>
        <translation>зачислен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="307"/>
        <source>withdrawn</source>
        <translation>отчислен</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cohorts.py" line="312"/>
        <source>%n enrolled</source>
        <translation>
            <numerusform>Зачислено: %n</numerusform>
            <numerusform>Зачислено: %n</numerusform>
            <numerusform>Зачислено: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="343"/>
        <source>Cohort saved</source>
        <translation>Группа сохранена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="349"/>
        <source>This file has no programme yet.</source>
        <translation>В этом файле ещё нет программы.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="350"/>
        <source>enter the programme&apos;s names in Settings first</source>
        <translation>сначала введите названия программы в настройках</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="352"/>
        <source>New cohort</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="353"/>
        <source>Code of the new cohort (e.g. 2027-AST-01):</source>
        <translation>Код новой группы (например, 2027-AST-01):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="474"/>
        <source>Withdraw</source>
        <translation>Отчислить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="475"/>
        <source>Withdraw %1 from this cohort. Reason (kept in the record):</source>
        <translation>Отчислить из этой группы: %1. Причина (сохраняется в записи):</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="60"/>
        <location filename="../../ui/pages/dashboard.py" line="64"/>
        <source>Cohort</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="60"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="60"/>
        <location filename="../../ui/pages/dashboard.py" line="134"/>
        <source>Enrolled</source>
        <translation>Зачислено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="60"/>
        <location filename="../../ui/pages/dashboard.py" line="135"/>
        <source>Completed</source>
        <translation>Завершили</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="61"/>
        <source>Certified</source>
        <translation>С сертификатом</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="61"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="64"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="64"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="65"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="70"/>
        <source>Cohorts</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="72"/>
        <source>Upcoming module dates</source>
        <translation>Ближайшие даты модулей</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="106"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="124"/>
        <source>No module dates ahead.</source>
        <translation>Предстоящих модулей нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="126"/>
        <source>Participants and completion by country</source>
        <translation>Участники и завершение по странам</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="127"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="128"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="128"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="129"/>
        <source>unspecified</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="130"/>
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
        <location filename="../../ui/dialogs.py" line="52"/>
        <source>Something went wrong inside Course Manager. Your data was not changed by the unfinished step.</source>
        <translation>Внутри Course Manager произошла ошибка. Незавершённый шаг не изменил ваши данные.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="57"/>
        <source>Please copy the details and send them to whoever supports Course Manager for you.</source>
        <translation>Скопируйте подробности и отправьте их тому, кто сопровождает у вас Course Manager.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="62"/>
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
    <name>FilePage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="80"/>
        <source>Choose the spreadsheet</source>
        <translation>Выберите таблицу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="81"/>
        <source>A participant list in .xlsx, .xls, .ods, .csv or .txt; you can also drop the file on the main window.</source>
        <translation>Список участников в формате .xlsx, .xls, .ods, .csv или .txt; файл можно также перетащить на главное окно.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="85"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="91"/>
        <source>(do not enroll)</source>
        <translation>(не зачислять)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="95"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="96"/>
        <source>Enroll everyone in:</source>
        <translation>Зачислить всех в:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="101"/>
        <source>Choose a participant list</source>
        <translation>Выберите список участников</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="102"/>
        <source>Spreadsheets (%1);;All files (*)</source>
        <translation>Таблицы (%1);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../ui/pages/import_models.py" line="40"/>
        <source>new participant</source>
        <translation>новый участник</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="41"/>
        <source>update</source>
        <translation>обновление</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="42"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="43"/>
        <source>same person as a later row</source>
        <translation>тот же человек, что и в строке ниже</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="44"/>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="45"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/pages/import_models.py" line="22"/>
        <source>Full name</source>
        <translation>ФИО полностью</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="23"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="24"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="25"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="26"/>
        <source>Name in Latin letters</source>
        <translation>ФИО латиницей</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="27"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="28"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="29"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="30"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="31"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="32"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="33"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="429"/>
        <source>Import participants</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="465"/>
        <location filename="../../ui/pages/import_wizard.py" line="485"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="472"/>
        <source>Found sheet “%1”, header in row %2, %3 columns recognised.</source>
        <translation>Найден лист «%1», заголовок в строке %2, распознано столбцов: %3.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>Open the &amp;demo</source>
        <translation>Открыть &amp;демо</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;Import participants…</source>
        <translation>&amp;Импорт участников…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Course Manager</source>
        <translation>Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>Opened %1</source>
        <translation>Открыт файл %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Opening the file…</source>
        <translation>Открытие файла…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>New programme file</source>
        <translation>Новый файл программы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>Course Manager files (*.sqlite3 *.db);;All files (*)</source>
        <translation>Файлы Course Manager (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Open a programme file</source>
        <translation>Открыть файл программы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Preparing the demo…</source>
        <translation>Подготовка демо…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="184"/>
        <source>Which column is which</source>
        <translation>Какой столбец что означает</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="185"/>
        <source>The guess is shown; change any column. Your choice is remembered for the next list from the same form.</source>
        <translation>Показано предположение; любой столбец можно изменить. Ваш выбор запоминается для следующего списка той же формы.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="191"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="191"/>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="191"/>
        <source>Participant field</source>
        <translation>Поле участника</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="218"/>
        <source>— not imported —</source>
        <translation>— не импортируется —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="225"/>
        <source>This form was imported before: its remembered mapping is used.</source>
        <translation>Эта форма уже импортировалась: используется запомненное соответствие.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="228"/>
        <source>Recognised as an export of %1.</source>
        <translation>Распознано как выгрузка из %1.</translation>
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
        <location filename="../../ui/operations.py" line="318"/>
        <source>Course Manager</source>
        <extracomment>How long quick work may take before a progress dialog appears (Anki uses 0.5 s too). Progress updates are sent to the UI at most this often.</extracomment>
        <translation>Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="327"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="342"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="26"/>
        <source>Override completion</source>
        <translation>Решение о завершении вручную</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="31"/>
        <source>&amp;Completed</source>
        <translation>&amp;Завершил(а)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="32"/>
        <source>&amp;Not completed</source>
        <translation>&amp;Не завершил(а)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="38"/>
        <source>Why is the rule&apos;s result changed? (required, kept in the audit trail)</source>
        <translation>Почему меняется результат правила? (обязательно, сохраняется в журнале изменений)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="47"/>
        <source>C&amp;lear override</source>
        <translation>&amp;Снять ручное решение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="56"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <source>Dashboard</source>
        <extracomment>Returns the translated title. Write it as ``lambda: QCoreApplication.translate(&quot;Pages&quot;, &quot;Title&quot;)`` so that lupdate finds the text. &quot;module:Class&quot;; the class is built as ``Class(db)``. The navigation, in order. Ctrl+1..9 follow this order.</extracomment>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Cohorts</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
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
        <location filename="../../ui/pages/participants_model.py" line="179"/>
        <source>Name</source>
        <extracomment>Column -&gt; Participant field (and roster sort key). The Changes of this model&apos;s own last save (the page does not reload for them).</extracomment>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="180"/>
        <source>Name (Latin)</source>
        <translation>ФИО (латиницей)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="181"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="182"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="183"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="184"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="185"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="190"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="191"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="192"/>
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
        <location filename="../../ui/pages/participants.py" line="111"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="151"/>
        <source>Name (Latin)</source>
        <translation>ФИО (латиницей)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="152"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="153"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="154"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="155"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="156"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="163"/>
        <source>Cohorts</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="168"/>
        <source>enrolled</source>
        <translation>зачислен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="168"/>
        <source>withdrawn</source>
        <translation>отчислен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="169"/>
        <source>%1 of %2 hours attended</source>
        <translation>посещено %1 из %2 ч</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="177"/>
        <source>Not enrolled in any cohort.</source>
        <translation>Не зачислен(а) ни в одну группу.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="179"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="184"/>
        <source>valid</source>
        <translation>действителен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="184"/>
        <source>revoked or replaced</source>
        <translation>отозван или заменён</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="191"/>
        <source>No certificates yet.</source>
        <translation>Сертификатов пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="214"/>
        <source>Added %1</source>
        <translation>Добавлен(а): %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="238"/>
        <source>Delete participant</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="239"/>
        <source>Delete %1? People enrolled in a cohort are withdrawn instead.</source>
        <translation>Удалить: %1? Зачисленных в группу не удаляют, а отчисляют.</translation>
    </message>
</context>
<context>
    <name>PdfPrint</name>
    <message>
        <location filename="../../ui/pdf_print.py" line="54"/>
        <source>Print %1</source>
        <translation>Печать: %1</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../ui/pages/import_models.py" line="121"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="121"/>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="121"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="121"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="122"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="251"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="252"/>
        <source>What the import will do with each row. Rejected rows are red; hover over a row for its reason. Nothing is written yet.</source>
        <translation>Что импорт сделает с каждой строкой. Отклонённые строки выделены красным; наведите на строку, чтобы увидеть причину. Пока ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="255"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="271"/>
        <source>Checking every row…</source>
        <translation>Проверка каждой строки…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="277"/>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="132"/>
        <source>&amp;Save as .xlsx…</source>
        <translation>&amp;Сохранить как .xlsx…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="134"/>
        <source>&amp;Open the saved file</source>
        <translation>&amp;Открыть сохранённый файл</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="148"/>
        <source>&amp;Report for:</source>
        <translation>&amp;Отчёт по:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="149"/>
        <source>&amp;Table:</source>
        <translation>&amp;Таблица:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="165"/>
        <source>Sign-in sheets</source>
        <translation>Листы регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="171"/>
        <source>Make &amp;PDF…</source>
        <translation>Создать &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="173"/>
        <source>Op&amp;en</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="174"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="180"/>
        <source>Cohort:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="182"/>
        <source>Module:</source>
        <translation>Модуль:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="189"/>
        <source>Sign-in sheets are not available in this version.</source>
        <translation>Листы регистрации недоступны в этой версии.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="205"/>
        <source>All cohorts of the programme</source>
        <translation>Все группы программы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="225"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="255"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="256"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="266"/>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="272"/>
        <source>Report saved to %1</source>
        <translation>Отчёт сохранён: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="298"/>
        <source>Save the sign-in sheet</source>
        <translation>Сохранить лист регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="299"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="309"/>
        <source>Making the sign-in sheet…</source>
        <translation>Создание листа регистрации…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="316"/>
        <source>Sign-in sheet saved to %1</source>
        <translation>Лист регистрации сохранён: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPlaceholder</name>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="47"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="51"/>
        <source>Here you will choose a report, preview its numbers, save it as a spreadsheet and print sign-in sheets.</source>
        <translation>Здесь вы выберете отчёт, просмотрите его цифры, сохраните его как электронную таблицу и распечатаете листы регистрации.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="320"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="324"/>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Сохранить отклонённые строки…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="325"/>
        <source>Write the rejected rows with a reason column; fix them and import the file again</source>
        <translation>Записать отклонённые строки со столбцом причины; исправьте их и импортируйте файл снова</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="345"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="352"/>
        <source>Importing participants…</source>
        <translation>Импорт участников…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="363"/>
        <source>Import finished.</source>
        <translation>Импорт завершён.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="365"/>
        <source>%1 enrolled in the cohort.</source>
        <translation>Зачислено в группу: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="367"/>
        <source>The file was copied aside first: %1</source>
        <translation>Сначала сделана копия файла: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="375"/>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="379"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="394"/>
        <source>Save rejected rows</source>
        <translation>Сохранить отклонённые строки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="395"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="405"/>
        <source>Rejected rows saved to %1</source>
        <translation>Отклонённые строки сохранены: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="66"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="66"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="66"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="77"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="79"/>
        <source>Language of the app</source>
        <translation>Язык приложения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="85"/>
        <source>Names</source>
        <translation>Названия</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="87"/>
        <source>Programme code</source>
        <translation>Код программы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="89"/>
        <source>Programme (%1)</source>
        <translation>Программа (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="92"/>
        <source>Organisation (%1)</source>
        <translation>Организация (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="99"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="99"/>
        <source>Position (English)</source>
        <translation>Должность (англ.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="99"/>
        <source>Position (Russian)</source>
        <translation>Должность (рус.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="100"/>
        <source>Signature image</source>
        <translation>Изображение подписи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="100"/>
        <source>Position (Kazakh)</source>
        <translation>Должность (каз.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="111"/>
        <source>Choose signature image…</source>
        <translation>Выбрать изображение подписи…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="114"/>
        <source>Signatories and logos</source>
        <translation>Подписанты и логотипы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="122"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="125"/>
        <source>Logo %1</source>
        <translation>Логотип %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="138"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="140"/>
        <source>Serial number pattern</source>
        <translation>Шаблон серийного номера</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="141"/>
        <source>Default template</source>
        <translation>Шаблон по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="142"/>
        <source>Default languages</source>
        <translation>Языки по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="148"/>
        <source>Open the file&apos;s folder</source>
        <translation>Открыть папку файла</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="153"/>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="155"/>
        <source>Open the backups folder</source>
        <translation>Открыть папку резервных копий</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="157"/>
        <source>Data file and backups</source>
        <translation>Файл данных и резервные копии</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="163"/>
        <source>Backups of this file, newest first:</source>
        <translation>Резервные копии этого файла, сначала новые:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="165"/>
        <source>Restore the chosen backup…</source>
        <translation>Восстановить выбранную копию…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="180"/>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="253"/>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="254"/>
        <source>made by hand</source>
        <translation>создана вручную</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="255"/>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="256"/>
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="257"/>
        <source>before an update of the file</source>
        <translation>перед обновлением файла</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="258"/>
        <source>before issuing certificates</source>
        <translation>перед выдачей сертификатов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="265"/>
        <source>No backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="314"/>
        <source>Settings saved</source>
        <translation>Настройки сохранены</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="323"/>
        <source>Choose an image</source>
        <translation>Выберите изображение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="324"/>
        <location filename="../../ui/pages/settings.py" line="331"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="330"/>
        <source>Choose a signature image</source>
        <translation>Выберите изображение подписи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="356"/>
        <source>Backup saved: %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="359"/>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="370"/>
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="371"/>
        <source>Replace the open file with the backup %1? The file as it is now is kept in the backups folder first.</source>
        <translation>Заменить открытый файл резервной копией %1? Текущее состояние файла сначала сохраняется в папке резервных копий.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="387"/>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="388"/>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="120"/>
        <source>Sheet and header row</source>
        <translation>Лист и строка заголовка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="121"/>
        <source>Check that the list starts under the header row. Change the sheet or the row if they were guessed wrong.</source>
        <translation>Проверьте, что список начинается под строкой заголовка. Если лист или строка угаданы неверно, измените их.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="131"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="132"/>
        <source>&amp;Header row:</source>
        <translation>Строка &amp;заголовка:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="151"/>
        <source>(hidden)</source>
        <translation>(скрыт)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="161"/>
        <source>Header row %1 of sheet “%2”; the first rows under it:</source>
        <translation>Строка заголовка %1 на листе «%2»; первые строки под ней:</translation>
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
<context>
    <name>_WizardPage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="72"/>
        <source>Something went wrong; see the details dialog.</source>
        <translation>Что-то пошло не так; см. окно с подробностями.</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="304"/>
        <source>%1 new</source>
        <translation>новых: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="305"/>
        <source>%1 updated</source>
        <translation>обновлено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="306"/>
        <source>%1 unchanged</source>
        <translation>без изменений: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="307"/>
        <source>%1 skipped</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="308"/>
        <source>%1 rejected</source>
        <translation>отклонено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="312"/>
        <source>%1 possible duplicates to check by hand (not merged).</source>
        <translation>Возможных дубликатов для ручной проверки: %1 (не объединены).</translation>
    </message>
</context>
</TS>
