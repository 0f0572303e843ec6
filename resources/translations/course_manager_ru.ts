<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CertificateEmailDialog</name>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="60"/>
        <source>E-mail certificates</source>
        <translation>Отправка сертификатов по почте</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="67"/>
        <source>Only the selected people (%1)</source>
        <translation>Только выбранные (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="75"/>
        <source>Serial</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="75"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="75"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="75"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="84"/>
        <source>Write &amp;drafts (.eml) for a mail program</source>
        <translation>Записать &amp;черновики (.eml) для почтовой программы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="85"/>
        <source>&amp;Send through the office&apos;s mail server</source>
        <translation>&amp;Отправить через почтовый сервер организации</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="93"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="102"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="102"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="102"/>
        <source>None</source>
        <translation>Без шифрования</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="109"/>
        <source>from the system keyring if left empty</source>
        <translation>если пусто — из системного хранилища паролей</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="110"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Запомнить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="117"/>
        <location filename="../../ui/pages/certificate_email.py" line="228"/>
        <source>&amp;Write drafts</source>
        <translation>&amp;Записать черновики</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="132"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="138"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="140"/>
        <source>Security:</source>
        <translation>Защита:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="142"/>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="143"/>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="144"/>
        <source>P&amp;assword:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="146"/>
        <source>Sender &amp;address:</source>
        <translation>&amp;Адрес отправителя:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="147"/>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="206"/>
        <source>ready</source>
        <translation>готово к отправке</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="212"/>
        <source>%1 certificate(s) of cohort %2; %3 ready to send.</source>
        <translation>Сертификатов группы %2: %1; готово к отправке: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="218"/>
        <source>No e-mail address: %1.</source>
        <translation>Нет адреса эл. почты: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="228"/>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="232"/>
        <source>Folder for the drafts</source>
        <translation>Папка для черновиков</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="281"/>
        <source>Sending e-mails…</source>
        <translation>Отправка писем…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="292"/>
        <source>%1 draft(s) written to %4; %2 skipped; %3 failed.</source>
        <translation>Записано черновиков: %1 (в %4); пропущено: %2; ошибок: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="294"/>
        <source>%1 sent; %2 skipped; %3 failed.</source>
        <translation>Отправлено: %1; пропущено: %2; ошибок: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="309"/>
        <source>Cancelled. Those sent are recorded; Send again sends the rest.</source>
        <translation>Отменено. Отправленные письма записаны; повторная отправка отправит остальные.</translation>
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
        <location filename="../../ui/pages/cohorts.py" line="66"/>
        <source>Cohorts</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="67"/>
        <source>Programme modules</source>
        <translation>Модули программы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="75"/>
        <location filename="../../ui/pages/cohorts.py" line="133"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="75"/>
        <location filename="../../ui/pages/cohorts.py" line="160"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="75"/>
        <location filename="../../ui/pages/cohorts.py" line="161"/>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="75"/>
        <source>Title (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="76"/>
        <source>Title (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="76"/>
        <source>Title (Kazakh)</source>
        <translation>Название (каз.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="79"/>
        <location filename="../../ui/pages/cohorts.py" line="165"/>
        <source>Add module…</source>
        <translation>Добавить модуль…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="80"/>
        <location filename="../../ui/pages/cohorts.py" line="166"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="97"/>
        <source>New cohort…</source>
        <translation>Новая группа…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="111"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="115"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="120"/>
        <source>names separated by commas</source>
        <translation>имена через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="126"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="127"/>
        <source>Excused absences count as attended</source>
        <translation>Уважительные пропуски засчитываются</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="128"/>
        <source>Save cohort</source>
        <translation>Сохранить группу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="134"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="139"/>
        <source>City, country</source>
        <translation>Город, страна</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="144"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="145"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="146"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="147"/>
        <source>Trainers</source>
        <translation>Тренеры</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="148"/>
        <source>Completion rule</source>
        <translation>Правило завершения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="150"/>
        <source>Minimum attendance</source>
        <translation>Минимальная посещаемость</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="151"/>
        <source>Minimum score</source>
        <translation>Минимальный балл</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="160"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="160"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="167"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="172"/>
        <source>Modules run</source>
        <translation>Проводимые модули</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="181"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="181"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="181"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="184"/>
        <source>Enroll…</source>
        <translation>Зачислить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="185"/>
        <source>Withdraw…</source>
        <translation>Отчислить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="188"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="237"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="237"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="304"/>
        <source>enrolled</source>
        <translation>зачислен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="304"/>
        <source>withdrawn</source>
        <translation>отчислен</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cohorts.py" line="309"/>
        <source>%n enrolled</source>
        <translation>
            <numerusform>Зачислено: %n</numerusform>
            <numerusform>Зачислено: %n</numerusform>
            <numerusform>Зачислено: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="340"/>
        <source>Cohort saved</source>
        <translation>Группа сохранена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="346"/>
        <source>This file has no programme yet.</source>
        <translation>В этом файле ещё нет программы.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="347"/>
        <source>enter the programme&apos;s names in Settings first</source>
        <translation>сначала введите названия программы в настройках</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="349"/>
        <source>New cohort</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="350"/>
        <source>Code of the new cohort (e.g. 2027-AST-01):</source>
        <translation>Код новой группы (например, 2027-AST-01):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="461"/>
        <source>%1 enrolled, %2 already were</source>
        <translation>Зачислено: %1, уже были зачислены: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="477"/>
        <source>Withdraw</source>
        <translation>Отчислить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="478"/>
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
        <location filename="../../ui/main_window.py" line="214"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Open the &amp;demo</source>
        <translation>Открыть &amp;демо</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>&amp;Import participants…</source>
        <translation>&amp;Импорт участников…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Course Manager</source>
        <translation>Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>%1 (read-only)</source>
        <translation>%1 (только чтение)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>Opened %1 read-only: it can be viewed, changes cannot be saved</source>
        <translation>%1 открыт только для чтения: его можно просматривать, изменения сохранить нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>Opened %1</source>
        <translation>Открыт файл %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>Opening the file…</source>
        <translation>Открытие файла…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>The newest sound backup is %1. Restore it? The damaged file is kept in the backups folder.</source>
        <translation>Самая новая исправная резервная копия — %1. Восстановить её? Повреждённый файл будет сохранён в папке резервных копий.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>Restore the backup</source>
        <translation>Восстановить копию</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>New programme file</source>
        <translation>Новый файл программы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>Course Manager files (*.sqlite3 *.db);;All files (*)</source>
        <translation>Файлы Course Manager (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>Open a programme file</source>
        <translation>Открыть файл программы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
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
        <location filename="../../ui/operations.py" line="394"/>
        <source>Course Manager</source>
        <extracomment>How long quick work may take before a progress dialog appears (Anki uses 0.5 s too). Progress updates are sent to the UI at most this often. the open file is read-only (a read-only folder or medium): viewing only called (main thread) with the DamagedFileError when work finds the open file damaged and its screen set no failure handler; the main window offers the newest backup why today&apos;s automatic backup of the open file could not be written (a Message)</extracomment>
        <translation>Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="403"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="418"/>
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
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
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
        <location filename="../../ui/pages/participants.py" line="208"/>
        <source>Added %1</source>
        <translation>Добавлен(а): %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="232"/>
        <source>Delete participant</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="233"/>
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
        <location filename="../../ui/pages/settings.py" line="73"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="75"/>
        <source>Language of the app</source>
        <translation>Язык приложения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="81"/>
        <source>Names</source>
        <translation>Названия</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="83"/>
        <source>Programme code</source>
        <translation>Код программы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="85"/>
        <source>Programme (%1)</source>
        <translation>Программа (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="88"/>
        <source>Organisation (%1)</source>
        <translation>Организация (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="95"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="95"/>
        <source>Position (English)</source>
        <translation>Должность (англ.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="95"/>
        <source>Position (Russian)</source>
        <translation>Должность (рус.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="96"/>
        <source>Signature image</source>
        <translation>Изображение подписи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="96"/>
        <source>Position (Kazakh)</source>
        <translation>Должность (каз.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="107"/>
        <source>Choose signature image…</source>
        <translation>Выбрать изображение подписи…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="110"/>
        <source>Signatories and logos</source>
        <translation>Подписанты и логотипы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="118"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="121"/>
        <source>Logo %1</source>
        <translation>Логотип %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="134"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="136"/>
        <source>Serial number pattern</source>
        <translation>Шаблон серийного номера</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="137"/>
        <source>Default template</source>
        <translation>Шаблон по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="138"/>
        <source>Default languages</source>
        <translation>Языки по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="144"/>
        <source>Open the file&apos;s folder</source>
        <translation>Открыть папку файла</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="149"/>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="151"/>
        <source>Open the backups folder</source>
        <translation>Открыть папку резервных копий</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="153"/>
        <source>Data file and backups</source>
        <translation>Файл данных и резервные копии</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="159"/>
        <source>Backups of this file, newest first:</source>
        <translation>Резервные копии этого файла, сначала новые:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="161"/>
        <source>Restore the chosen backup…</source>
        <translation>Восстановить выбранную копию…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="176"/>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="252"/>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="253"/>
        <source>made by hand</source>
        <translation>создана вручную</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="254"/>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="255"/>
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="256"/>
        <source>before an update of the file</source>
        <translation>перед обновлением файла</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="257"/>
        <source>before issuing certificates</source>
        <translation>перед выдачей сертификатов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="264"/>
        <source>No backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="300"/>
        <source>Settings saved</source>
        <translation>Настройки сохранены</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="309"/>
        <source>Choose an image</source>
        <translation>Выберите изображение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="310"/>
        <location filename="../../ui/pages/settings.py" line="317"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="316"/>
        <source>Choose a signature image</source>
        <translation>Выберите изображение подписи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="337"/>
        <source>Backup saved: %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="340"/>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="353"/>
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="354"/>
        <source>Replace the open file with the backup %1? The file as it is now is kept in the backups folder first.</source>
        <translation>Заменить открытый файл резервной копией %1? Текущее состояние файла сначала сохраняется в папке резервных копий.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="370"/>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="371"/>
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
<context>
    <name>Templates</name>
    <message>
        <location filename="../../ui/message_text.py" line="62"/>
        <source>Russian and English</source>
        <translation>Русский и английский</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="63"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="64"/>
        <source>Kazakh, Russian and English</source>
        <translation>Казахский, русский и английский</translation>
    </message>
</context>
<context>
    <name>EmailCheck</name>
    <message>
        <location filename="../../ui/message_text.py" line="76"/>
        <source>An e-mail address needs an @ sign.</source>
        <translation>В адресе эл. почты должен быть знак @.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="80"/>
        <source>Something must come before the @ sign.</source>
        <translation>Перед знаком @ должно что-то стоять.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="84"/>
        <source>Something must come after the @ sign.</source>
        <translation>После знака @ должно что-то стоять.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="89"/>
        <source>The part after the @ sign needs a period (e.g. gov.kz).</source>
        <translation>В части после @ нужна точка (например, gov.kz).</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="95"/>
        <source>An e-mail address cannot have two periods in a row.</source>
        <translation>В адресе эл. почты не может быть двух точек подряд.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="101"/>
        <source>An e-mail address cannot start with a period.</source>
        <translation>Адрес эл. почты не может начинаться с точки.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="107"/>
        <source>A period cannot stand right before the @ sign.</source>
        <translation>Точка не может стоять прямо перед знаком @.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="113"/>
        <source>A period cannot stand right after the @ sign.</source>
        <translation>Точка не может стоять сразу после знака @.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="120"/>
        <source>The part after the @ sign is a reserved name that takes no e-mail.</source>
        <translation>Часть после @ — зарезервированное имя, на него нельзя отправлять почту.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="126"/>
        <source>The part after the @ sign does not end in a known domain.</source>
        <translation>Часть после @ не оканчивается известным доменом.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="131"/>
        <source>Nothing may follow the e-mail address.</source>
        <translation>После адреса эл. почты ничего не должно быть.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="138"/>
        <source>Characters not allowed before the @ sign: %1</source>
        <translation>Недопустимые символы перед знаком @: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="143"/>
        <source>Characters not allowed after the @ sign: %1</source>
        <translation>Недопустимые символы после знака @: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="147"/>
        <source>The address contains unsafe characters: %1</source>
        <translation>Адрес содержит небезопасные символы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="152"/>
        <source>Only Latin letters are allowed before the @ sign: %1</source>
        <translation>Перед знаком @ допускаются только латинские буквы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="163"/>
        <source>The address is too long.</source>
        <translation>Адрес слишком длинный.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="164"/>
        <source>The address is not written correctly.</source>
        <translation>Адрес записан неверно.</translation>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../ui/pages/exchange.py" line="70"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="71"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="72"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="73"/>
        <source>Ours (this office)</source>
        <translation>Наше (этот офис)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="74"/>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="75"/>
        <source>From office</source>
        <translation>Из офиса</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../ui/pages/exchange.py" line="98"/>
        <source>Make a copy for another &amp;office…</source>
        <translation>Копия для другого &amp;офиса…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="100"/>
        <source>&amp;Export changes…</source>
        <translation>&amp;Экспорт изменений…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="102"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Импорт файла…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="112"/>
        <source>This office</source>
        <translation>Этот офис</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="125"/>
        <source>Keep &amp;ours</source>
        <translation>Оставить &amp;наше</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="127"/>
        <source>Keep &amp;theirs</source>
        <translation>Оставить &amp;их</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="129"/>
        <source>Set a &amp;value…</source>
        <translation>Задать &amp;значение…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="135"/>
        <source>Conflicts waiting for a decision</source>
        <translation>Конфликты, ждущие решения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="140"/>
        <source>A change made here and in another office to the same thing. Both values are kept until you decide; the decision travels to the other offices with the next export.</source>
        <translation>Одно и то же изменено здесь и в другом офисе. Оба значения сохраняются, пока вы не решите; решение уйдёт в другие офисы со следующим экспортом.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="169"/>
        <source>This file takes part in no exchange yet. Make a copy for another office to start; this file is then the hub.</source>
        <translation>Этот файл пока не участвует в обмене. Чтобы начать, сделайте копию для другого офиса; тогда этот файл станет центральным.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="175"/>
        <source>an office copy</source>
        <translation>копия офиса</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="175"/>
        <source>the hub</source>
        <translation>центральный офис</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="177"/>
        <source>Office: {office} ({kind}). Exports applied here from: {seen}.</source>
        <translation>Офис: {office} ({kind}). Здесь применены экспорты из: {seen}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="178"/>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="183"/>
        <source>Conflicts waiting for a decision: {n}</source>
        <translation>Конфликты, ждущие решения: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="206"/>
        <source>Exported {n} change(s) to {file}.</source>
        <translation>Экспортировано изменений: {n}, файл {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="214"/>
        <source>Exporting changes</source>
        <translation>Экспорт изменений</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="221"/>
        <source>{applied} change(s) applied, {unchanged} already here.</source>
        <translation>Применено изменений: {applied}, уже были здесь: {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="225"/>
        <source>{n} conflict(s) wait for a decision below.</source>
        <translation>Конфликтов ждут решения ниже: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="234"/>
        <source>Importing changes</source>
        <translation>Импорт изменений</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="243"/>
        <source>{file} is a copy for the office {office}; give it the folder {keys} too.</source>
        <translation>{file} — копия для офиса {office}; передайте вместе с ней папку {keys}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="250"/>
        <source>Making a copy</source>
        <translation>Создание копии</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="266"/>
        <source>Export changes</source>
        <translation>Экспорт изменений</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="273"/>
        <source>Import another office&apos;s changes</source>
        <translation>Импорт изменений другого офиса</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="280"/>
        <location filename="../../ui/pages/exchange.py" line="286"/>
        <source>A copy for another office</source>
        <translation>Копия для другого офиса</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="280"/>
        <source>The office&apos;s name:</source>
        <translation>Название офиса:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="299"/>
        <source>Set a value</source>
        <translation>Задать значение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="300"/>
        <source>The value of {field}:</source>
        <translation>Значение поля {field}:</translation>
    </message>
</context>
</TS>
