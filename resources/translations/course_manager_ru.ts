<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CertificateEmailDialog</name>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="116"/>
        <source>E-mail certificates</source>
        <extracomment>Names listed in the heading as having no e-mail address (the table lists every one).</extracomment>
        <translation>Отправка сертификатов по почте</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="124"/>
        <source>Only the selected people (%1)</source>
        <translation>Только выбранные (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="133"/>
        <source>Serial</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="134"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="135"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="136"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="146"/>
        <source>Write &amp;drafts (.eml) for a mail program</source>
        <translation>Записать &amp;черновики (.eml) для почтовой программы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="147"/>
        <source>&amp;Send through the office&apos;s mail server</source>
        <translation>&amp;Отправить через почтовый сервер организации</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="155"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="175"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="175"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="175"/>
        <source>None</source>
        <translation>Без шифрования</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="182"/>
        <source>from the system keyring if left empty</source>
        <translation>если пусто — из системного хранилища паролей</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="183"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Запомнить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="191"/>
        <location filename="../../ui/pages/certificate_email.py" line="337"/>
        <source>&amp;Write drafts</source>
        <translation>&amp;Записать черновики</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="206"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="212"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="214"/>
        <source>Security:</source>
        <translation>Защита:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="216"/>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="217"/>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="218"/>
        <source>P&amp;assword:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="220"/>
        <source>Sender &amp;address:</source>
        <translation>&amp;Адрес отправителя:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="221"/>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="299"/>
        <source>ready</source>
        <translation>готово к отправке</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="308"/>
        <source>%1 certificate(s) of cohort %2; %3 ready to send.</source>
        <translation>Сертификатов группы %2: %1; готово к отправке: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="314"/>
        <source>No e-mail address: %1.</source>
        <translation>Нет адреса эл. почты: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="315"/>
        <source>Revoked, not sent: %1.</source>
        <translation>Отозван, не отправляется: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="316"/>
        <source>Replaced by a newer certificate, not sent: %1.</source>
        <translation>Заменён более новым сертификатом, не отправляется: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="317"/>
        <source>Sent before, not sent again: %1.</source>
        <translation>Уже отправлен, повторно не отправляется: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="337"/>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="341"/>
        <source>Folder for the drafts</source>
        <translation>Папка для черновиков</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="422"/>
        <source>Sending e-mails…</source>
        <translation>Отправка писем…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="433"/>
        <source>%1 draft(s) written to %4; %2 skipped; %3 failed.</source>
        <translation>Записано черновиков: %1 (в %4); пропущено: %2; ошибок: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="435"/>
        <source>%1 sent; %2 skipped; %3 failed.</source>
        <translation>Отправлено: %1; пропущено: %2; ошибок: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="450"/>
        <source>Cancelled. Those sent are recorded; Send again sends the rest.</source>
        <translation>Отменено. Отправленные письма записаны; повторная отправка отправит остальные.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="228"/>
        <source>&amp;PDFs in:</source>
        <translation>&amp;PDF-файлы в:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="162"/>
        <source>Br&amp;owse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="300"/>
        <source>PDF: %1</source>
        <translation>PDF: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="325"/>
        <source>No PDF found in %1 for: %2. Choose the folder the certificates were written to.</source>
        <translation>В %1 не найден PDF для: %2. Укажите папку, в которую были записаны сертификаты.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="366"/>
        <source>Folder of the certificates&apos; PDFs</source>
        <translation>Папка с PDF-файлами сертификатов</translation>
    </message>
</context>
<context>
    <name>CohortModuleDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="142"/>
        <source>Module in this cohort</source>
        <translation>Модуль в этой группе</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="148"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="150"/>
        <source>Required for completion</source>
        <translation>Обязателен для завершения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="153"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="154"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="155"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="75"/>
        <source>Cohorts</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="76"/>
        <source>Programme modules</source>
        <translation>Модули программы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="81"/>
        <location filename="../../ui/pages/programme_modules.py" line="57"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="109"/>
        <location filename="../../ui/pages/programme_modules.py" line="58"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="109"/>
        <location filename="../../ui/pages/programme_modules.py" line="59"/>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme_modules.py" line="60"/>
        <source>Title (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme_modules.py" line="61"/>
        <source>Title (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme_modules.py" line="62"/>
        <source>Title (Kazakh)</source>
        <translation>Название (каз.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="113"/>
        <location filename="../../ui/pages/programme_modules.py" line="66"/>
        <source>Add module…</source>
        <translation>Добавить модуль…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="114"/>
        <location filename="../../ui/pages/programme_modules.py" line="67"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="93"/>
        <location filename="../../ui/pages/cohorts.py" line="173"/>
        <source>New cohort…</source>
        <translation>Новая группа…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="50"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="54"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="60"/>
        <source>names separated by commas</source>
        <translation>имена через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="67"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="69"/>
        <source>Excused absences count as attended</source>
        <translation>Уважительные пропуски засчитываются</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="71"/>
        <source>Save cohort</source>
        <translation>Сохранить группу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="82"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="87"/>
        <source>City, country</source>
        <translation>Город, страна</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="92"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="93"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="94"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="95"/>
        <source>Trainers</source>
        <translation>Тренеры</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="96"/>
        <source>Completion rule</source>
        <translation>Правило завершения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="99"/>
        <source>Minimum attendance</source>
        <translation>Минимальная посещаемость</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="101"/>
        <source>Minimum score</source>
        <translation>Минимальный балл</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="109"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="109"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="115"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="124"/>
        <source>Modules run</source>
        <translation>Проводимые модули</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members_model.py" line="107"/>
        <source>Name</source>
        <extracomment>The participant&apos;s id, for tests and callers that need it.</extracomment>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members_model.py" line="108"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members_model.py" line="109"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="42"/>
        <source>Enroll…</source>
        <translation>Зачислить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="43"/>
        <source>Withdraw…</source>
        <translation>Отчислить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="37"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme_modules.py" line="83"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme_modules.py" line="84"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members_model.py" line="114"/>
        <source>enrolled</source>
        <translation>зачислен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members_model.py" line="115"/>
        <source>withdrawn</source>
        <translation>отчислен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="244"/>
        <source>(no title yet)</source>
        <translation>(названия пока нет)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="273"/>
        <source>This file has no programme yet. Enter the programme&apos;s names in Settings and add its modules (the Programme modules tab); then create the first cohort here.</source>
        <translation>В этом файле ещё нет программы. Введите названия программы в «Настройках» и добавьте её модули (вкладка «Модули программы»); затем создайте здесь первую группу.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="278"/>
        <source>This file has no cohorts yet. Create the first cohort: give it a code, then fill in its dates, modules and participants.</source>
        <translation>В этом файле ещё нет групп. Создайте первую группу: задайте её код, затем заполните даты, модули и участников.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="347"/>
        <source>Loading the cohort %1…</source>
        <translation>Загрузка группы %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cohorts.py" line="414"/>
        <source>%Ln enrolled</source>
        <translation>
            <numerusform>Зачислено: %Ln</numerusform>
            <numerusform>Зачислено: %Ln</numerusform>
            <numerusform>Зачислено: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="438"/>
        <source>Cohort saved</source>
        <translation>Группа сохранена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="463"/>
        <source>The cohort %1 has changes that are not saved. Save them?</source>
        <translation>В группе %1 есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="485"/>
        <source>This file has no programme yet.</source>
        <translation>В этом файле ещё нет программы.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="486"/>
        <source>enter the programme&apos;s names in Settings first</source>
        <translation>сначала введите названия программы в настройках</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="101"/>
        <source>%1 enrolled, %2 already were</source>
        <translation>Зачислено: %1, уже были зачислены: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="114"/>
        <source>%1 and %2 more</source>
        <translation>%1 и ещё %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="119"/>
        <source>Withdraw</source>
        <translation>Отчислить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="122"/>
        <source>Withdraw %1 from this cohort. Reason (kept in the record):</source>
        <translation>Отчислить из этой группы: %1. Причина (сохраняется в записи):</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../ui/pages/exchange.py" line="79"/>
        <source>What</source>
        <extracomment>The &quot;Set a value&quot; field shows at least this many characters, and grows with a longer value up to :data:`VALUE_CHARS_MOST` (within the screen): a value is edited seeing most of it.</extracomment>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="80"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="81"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="82"/>
        <source>Ours (this office)</source>
        <translation>Наше (этот офис)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="83"/>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="84"/>
        <source>From office</source>
        <translation>Из офиса</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="137"/>
        <location filename="../../ui/pages/dashboard.py" line="148"/>
        <source>Cohort</source>
        <extracomment>The country chart&apos;s bars at most: the largest countries, and the rest as one &quot;Other&quot; bar. At most this many steps up the count axis (so at most one more label). The &quot;Other&quot; bar&apos;s subtitle names at most this many of the countries it adds up. the labels of the bars this one adds up (empty for a plain bar)</extracomment>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="138"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="139"/>
        <location filename="../../ui/pages/dashboard.py" line="293"/>
        <source>Enrolled</source>
        <translation>Зачислено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="140"/>
        <location filename="../../ui/pages/dashboard.py" line="294"/>
        <source>Completed</source>
        <translation>Завершили</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="141"/>
        <source>Certified</source>
        <translation>С сертификатом</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="142"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="148"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="148"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="148"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="158"/>
        <source>Cohorts</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="160"/>
        <source>Upcoming module dates</source>
        <translation>Ближайшие даты модулей</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="210"/>
        <source>%Ln participants</source>
        <extracomment>what the charts show now (tests and tools)</extracomment>
        <translation>
            <numerusform>%Ln участник</numerusform>
            <numerusform>%Ln участника</numerusform>
            <numerusform>%Ln участников</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="228"/>
        <source>No cohorts yet: create the first one on the Cohorts page.</source>
        <translation>Групп пока нет: создайте первую на странице «Группы».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="245"/>
        <source>No module dates ahead.</source>
        <translation>Предстоящих модулей нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="254"/>
        <source>Other (%n countries)</source>
        <translation>
            <numerusform>Другие (%n страна)</numerusform>
            <numerusform>Другие (%n страны)</numerusform>
            <numerusform>Другие (%n стран)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="258"/>
        <source>Participants and completion by country</source>
        <translation>Участники и завершение по странам</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="247"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="263"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="264"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="265"/>
        <source>unspecified</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="272"/>
        <source>Participants and completion by gender</source>
        <translation>Участники и завершение по полу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="286"/>
        <source>No data yet: the chart fills in once participants are imported or added.</source>
        <translation>Пока нет данных: диаграмма заполнится, когда участники будут импортированы или добавлены.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="65"/>
        <location filename="../../ui/dialogs.py" line="81"/>
        <source>Course Manager</source>
        <translation>Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="68"/>
        <location filename="../../ui/dialogs.py" line="277"/>
        <source>What to do: %1</source>
        <translation>Что сделать: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="83"/>
        <source>Something went wrong inside Course Manager. Your data was not changed by the unfinished step.</source>
        <translation>Внутри Course Manager произошла ошибка. Незавершённый шаг не изменил ваши данные.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="90"/>
        <source>Please copy the details and send them to whoever supports Course Manager for you.</source>
        <translation>Скопируйте подробности и отправьте их тому, кто сопровождает у вас Course Manager.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="96"/>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="343"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="354"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="355"/>
        <source>&amp;Discard</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="356"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="225"/>
        <source>What you typed in this form is not saved yet. Save it?</source>
        <extracomment>Ask before closing with typed input (see the class).</extracomment>
        <translation>Введённое в этой форме ещё не сохранено. Сохранить?</translation>
    </message>
</context>
<context>
    <name>EmailCheck</name>
    <message>
        <location filename="../../ui/message_text.py" line="87"/>
        <source>An e-mail address needs an @ sign.</source>
        <extracomment>Arguments that are counts (grouped: 20,000 / 20 000); row numbers, years and ids are not. Messages whose ``detail`` is email-validator&apos;s English sentence.</extracomment>
        <translation>В адресе эл. почты должен быть знак @.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="91"/>
        <source>Something must come before the @ sign.</source>
        <translation>Перед знаком @ должно что-то стоять.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="95"/>
        <source>Something must come after the @ sign.</source>
        <translation>После знака @ должно что-то стоять.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="99"/>
        <source>The part after the @ sign needs a period (e.g. gov.kz).</source>
        <translation>В части после @ нужна точка (например, gov.kz).</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="105"/>
        <source>An e-mail address cannot have two periods in a row.</source>
        <translation>В адресе эл. почты не может быть двух точек подряд.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="111"/>
        <source>An e-mail address cannot start with a period.</source>
        <translation>Адрес эл. почты не может начинаться с точки.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="117"/>
        <source>A period cannot stand right before the @ sign.</source>
        <translation>Точка не может стоять прямо перед знаком @.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="123"/>
        <source>A period cannot stand right after the @ sign.</source>
        <translation>Точка не может стоять сразу после знака @.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="130"/>
        <source>The part after the @ sign is a reserved name that takes no e-mail.</source>
        <translation>Часть после @ — зарезервированное имя, на него нельзя отправлять почту.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="136"/>
        <source>The part after the @ sign does not end in a known domain.</source>
        <translation>Часть после @ не оканчивается известным доменом.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="142"/>
        <source>Nothing may follow the e-mail address.</source>
        <translation>После адреса эл. почты ничего не должно быть.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="145"/>
        <source>Characters not allowed before the @ sign: %1</source>
        <translation>Недопустимые символы перед знаком @: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="148"/>
        <source>Characters not allowed after the @ sign: %1</source>
        <translation>Недопустимые символы после знака @: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="160"/>
        <source>The address contains unsafe characters: %1</source>
        <translation>Адрес содержит небезопасные символы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="164"/>
        <source>Only Latin letters are allowed before the @ sign: %1</source>
        <translation>Перед знаком @ допускаются только латинские буквы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="179"/>
        <source>The address is too long.</source>
        <translation>Адрес слишком длинный.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="180"/>
        <source>The address is not written correctly.</source>
        <translation>Адрес записан неверно.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="230"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="232"/>
        <source>space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="234"/>
        <source>no-break space (%1)</source>
        <translation>неразрывный пробел (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="236"/>
        <source>space (%1)</source>
        <translation>пробел (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="238"/>
        <source>line break (%1)</source>
        <translation>перенос строки (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="240"/>
        <source>invisible mark (%1)</source>
        <translation>невидимый знак (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="242"/>
        <source>accent mark (%1)</source>
        <translation>диакритический знак (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="244"/>
        <source>control character (%1)</source>
        <translation>управляющий символ (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="245"/>
        <source>character %1</source>
        <translation>символ %1</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="194"/>
        <source>Enroll participants</source>
        <translation>Зачисление участников</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="199"/>
        <source>Search by name, e-mail, organisation…</source>
        <translation>Поиск по имени, эл. почте, организации…</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../ui/pages/exchange.py" line="246"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="270"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="120"/>
        <source>Make a copy for another &amp;office…</source>
        <extracomment>the &quot;Set a value&quot; dialog last opened</extracomment>
        <translation>Копия для другого &amp;офиса…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="122"/>
        <source>&amp;Export changes…</source>
        <translation>&amp;Экспорт изменений…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="124"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Импорт файла…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="135"/>
        <source>This office</source>
        <translation>Этот офис</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="148"/>
        <source>Keep &amp;ours</source>
        <translation>Оставить &amp;наше</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="150"/>
        <source>Keep &amp;theirs</source>
        <translation>Оставить &amp;их</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="152"/>
        <source>Set a &amp;value…</source>
        <translation>Задать &amp;значение…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="158"/>
        <source>Conflicts waiting for a decision</source>
        <translation>Конфликты, ждущие решения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="163"/>
        <source>A change made here and in another office to the same thing. Both values are kept until you decide; the decision travels to the other offices with the next export.</source>
        <translation>Одно и то же изменено здесь и в другом офисе. Оба значения сохраняются, пока вы не решите; решение уйдёт в другие офисы со следующим экспортом.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="192"/>
        <source>This file takes part in no exchange yet. Make a copy for another office to start; this file is then the hub.</source>
        <translation>Этот файл пока не участвует в обмене. Чтобы начать, сделайте копию для другого офиса; тогда этот файл станет центральным.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="204"/>
        <source>an office copy</source>
        <translation>копия офиса</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="123"/>
        <source>the hub</source>
        <translation>центральный офис</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="203"/>
        <source>Office: {office} ({kind}). Exports applied here from: {seen}.</source>
        <translation>Офис: {office} ({kind}). Здесь применены экспорты из: {seen}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="201"/>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="206"/>
        <source>This file is the hub. Exports applied here from: {seen}.</source>
        <translation>Этот файл — центральный офис. Здесь применены экспорты из: {seen}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="216"/>
        <source>Conflicts waiting for a decision: {n}</source>
        <translation>Конфликты, ждущие решения: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="239"/>
        <source>Exported {n} change(s) to {file}.</source>
        <translation>Экспортировано изменений: {n}, файл {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="251"/>
        <source>Exporting changes</source>
        <translation>Экспорт изменений</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="258"/>
        <source>{applied} change(s) applied, {unchanged} already here.</source>
        <translation>Применено изменений: {applied}, уже были здесь: {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="262"/>
        <source>{n} conflict(s) wait for a decision below.</source>
        <translation>Конфликтов ждут решения ниже: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="275"/>
        <source>Importing changes</source>
        <translation>Импорт изменений</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="284"/>
        <source>{file} is a copy for the office {office}; give it the folder {keys} too.</source>
        <translation>{file} — копия для офиса {office}; передайте вместе с ней папку {keys}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="291"/>
        <source>Copy cancelled; no file was written.</source>
        <translation>Копирование отменено; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="296"/>
        <source>Making a copy</source>
        <translation>Создание копии</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="315"/>
        <source>Course Manager exchange (*.cmx)</source>
        <translation>Обмен Course Manager (*.cmx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="320"/>
        <source>Export changes</source>
        <translation>Экспорт изменений</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="330"/>
        <source>Import another office&apos;s changes</source>
        <translation>Импорт изменений другого офиса</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="339"/>
        <location filename="../../ui/pages/exchange.py" line="345"/>
        <source>A copy for another office</source>
        <translation>Копия для другого офиса</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="339"/>
        <source>The office&apos;s name:</source>
        <translation>Название офиса:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="347"/>
        <source>Course Manager files (*.sqlite3)</source>
        <translation>Файлы Course Manager (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="360"/>
        <source>Set a value</source>
        <translation>Задать значение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="362"/>
        <source>The value of {field}:</source>
        <translation>Значение поля {field}:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="27"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="28"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="29"/>
        <source>Cohort</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="30"/>
        <source>Module of a cohort</source>
        <translation>Модуль группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="31"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="32"/>
        <source>Enrolment</source>
        <translation>Зачисление</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="33"/>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="34"/>
        <source>Completion set by hand</source>
        <translation>Завершение, заданное вручную</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="35"/>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="40"/>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="41"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="42"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="43"/>
        <source>Last changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="50"/>
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="51"/>
        <source>Name (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="52"/>
        <source>Name (Kazakh)</source>
        <translation>Название (каз.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="53"/>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="54"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="55"/>
        <source>Title (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="56"/>
        <source>Title (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="57"/>
        <source>Title (Kazakh)</source>
        <translation>Название (каз.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="58"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="59"/>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="60"/>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="61"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="62"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="63"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="64"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="65"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="66"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="67"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="68"/>
        <source>Trainers</source>
        <translation>Тренеры</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="69"/>
        <source>Minimum attendance</source>
        <translation>Минимальная посещаемость</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="70"/>
        <source>Minimum score</source>
        <translation>Минимальный балл</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="71"/>
        <source>Excused absences count as attended</source>
        <translation>Уважительные пропуски засчитываются</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="72"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="73"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="74"/>
        <source>Name (Latin)</source>
        <translation>ФИО (латиницей)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="75"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="76"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="77"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="78"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="79"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="80"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="81"/>
        <source>Enrolled on</source>
        <translation>Дата зачисления</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="82"/>
        <source>Withdrawn on</source>
        <translation>Дата отчисления</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="83"/>
        <source>Reason for withdrawal</source>
        <translation>Причина отчисления</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="84"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="85"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="86"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="87"/>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="88"/>
        <source>Decided by</source>
        <translation>Кем принято решение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="89"/>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="90"/>
        <source>Issue date</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="91"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="92"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="93"/>
        <source>Verification code</source>
        <translation>Код проверки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="94"/>
        <source>Signed content</source>
        <translation>Подписанное содержимое</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="95"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="96"/>
        <source>Revoked on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="97"/>
        <source>Reason for revocation</source>
        <translation>Причина отзыва</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="98"/>
        <source>Replaces</source>
        <translation>Заменяет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="99"/>
        <source>Replaced by</source>
        <translation>Заменён на</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="100"/>
        <source>The whole entry</source>
        <translation>Вся запись</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="101"/>
        <source>The same as another entry</source>
        <translation>Совпадает с другой записью</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="106"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="107"/>
        <source>Mark</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="112"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="113"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="116"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="117"/>
        <source>Kept</source>
        <translation>Сохранено</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="58"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="60"/>
        <source>Open file</source>
        <translation>Открытый файл</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="61"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="68"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="73"/>
        <source>Participants, attendance and certificates of a training programme, kept in one file on this computer.</source>
        <translation>Участники, посещаемость и сертификаты учебной программы в одном файле на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="89"/>
        <source>User guide (README)</source>
        <translation>Руководство пользователя (README)</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="98"/>
        <source>About Course Manager</source>
        <translation>О программе Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="109"/>
        <location filename="../../ui/help_dialogs.py" line="198"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="164"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="168"/>
        <source>Attendance grid</source>
        <translation>Таблица посещаемости</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="169"/>
        <source>its keys are listed under the grid</source>
        <translation>её клавиши перечислены под таблицей</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="172"/>
        <source>Any dialog</source>
        <translation>Любое диалоговое окно</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="173"/>
        <source>Esc closes it (asking first when something was typed)</source>
        <translation>Esc закрывает его (если что-то введено, сначала спрашивает)</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="182"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="183"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>&amp;File</source>
        <extracomment>The size the pages are laid out for; a screen with less room opens the window maximised. The share of a larger screen&apos;s free area a new window takes. Room kept for the title bar and frame the window manager adds around the window. A saved window smaller than this was left tiny: it opens afresh. How long a passing note (a count after loading, &quot;Opened …&quot;) stays in the status bar; a page&apos;s results stay there until the next message (and in the page&apos;s message bar).</extracomment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Open the &amp;demo</source>
        <translation>Открыть &amp;демо</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>&amp;Import participants…</source>
        <translation>&amp;Импорт участников…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <location filename="../../ui/main_window.py" line="516"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="516"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="546"/>
        <location filename="../../ui/main_window.py" line="630"/>
        <source>Course Manager</source>
        <translation>Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="550"/>
        <source>%1 (read-only)</source>
        <translation>%1 (только чтение)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <source>Opened %1 read-only: it can be viewed, changes cannot be saved</source>
        <translation>%1 открыт только для чтения: его можно просматривать, изменения сохранить нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="570"/>
        <source>Opened %1</source>
        <translation>Открыт файл %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="589"/>
        <source>Opening the file…</source>
        <translation>Открытие файла…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="636"/>
        <source>The newest sound backup is %1. Restore it? The damaged file is kept in the backups folder.</source>
        <translation>Самая новая исправная резервная копия — %1. Восстановить её? Повреждённый файл будет сохранён в папке резервных копий.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="640"/>
        <source>Restore the backup</source>
        <translation>Восстановить копию</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="646"/>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="657"/>
        <source>New programme file</source>
        <translation>Новый файл программы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="659"/>
        <location filename="../../ui/main_window.py" line="674"/>
        <source>Course Manager files (*.sqlite3 *.db);;All files (*)</source>
        <translation>Файлы Course Manager (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="672"/>
        <source>Open a programme file</source>
        <translation>Открыть файл программы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="684"/>
        <source>Preparing the demo…</source>
        <translation>Подготовка демо…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>&amp;About Course Manager</source>
        <translation>&amp;О программе Course Manager</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/pages/base.py" line="59"/>
        <source>Close this message</source>
        <extracomment>The looks of the message bar: (background, border, text) for each kind.</extracomment>
        <translation>Закрыть это сообщение</translation>
    </message>
</context>
<context>
    <name>ModuleDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="88"/>
        <source>Edit module</source>
        <translation>Изменить модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="88"/>
        <source>New module</source>
        <translation>Новый модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="95"/>
        <source>Required for completion</source>
        <translation>Обязателен для завершения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="100"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="106"/>
        <source>Title (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="107"/>
        <source>Title (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="108"/>
        <source>Title (Kazakh)</source>
        <translation>Название (каз.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="109"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
</context>
<context>
    <name>NewCohortDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="57"/>
        <source>New cohort</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="60"/>
        <source>e.g. %1</source>
        <translation>например, %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="66"/>
        <source>Cohort code</source>
        <translation>Код группы</translation>
    </message>
</context>
<context>
    <name>NextStepBar</name>
    <message>
        <location filename="../../ui/welcome.py" line="118"/>
        <source>Step 1 of 4: this file has no programme yet. Start with the programme&apos;s code and names.</source>
        <translation>Шаг 1 из 4: в этом файле ещё нет программы. Начните с кода и названий программы.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="121"/>
        <source>Enter the programme…</source>
        <translation>Ввести программу…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="125"/>
        <source>Step 2 of 4: add the programme&apos;s modules (a code, a title and the hours of each).</source>
        <translation>Шаг 2 из 4: добавьте модули программы (код, название и часы каждого).</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="128"/>
        <source>Add modules…</source>
        <translation>Добавить модули…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="131"/>
        <source>Step 3 of 4: create the first cohort, the group that takes the modules.</source>
        <translation>Шаг 3 из 4: создайте первую группу — тех, кто вместе проходит модули.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="132"/>
        <source>Create the first cohort…</source>
        <translation>Создать первую группу…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="136"/>
        <source>Step 4 of 4: import the participants from a spreadsheet (or add them on the Participants page).</source>
        <translation>Шаг 4 из 4: импортируйте участников из таблицы (или добавьте их на странице «Участники»).</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="139"/>
        <source>Import participants…</source>
        <translation>Импортировать участников…</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="558"/>
        <source>Course Manager</source>
        <extracomment>How long quick work may take before a progress dialog appears (Anki uses 0.5 s too). Progress updates are sent to the UI at most this often. How often the open file is checked for what another program committed to it (the command line, another window), while a window of the app is active and the worker is idle. What :meth:`DbWorker.let_go` is given is freed once the worker has been idle this long (the window lays out and paints what a job brought right after it ends). the open file is read-only (a read-only folder or medium): viewing only called (main thread) with the DamagedFileError when work finds the open file damaged and its screen set no failure handler; the main window offers the newest backup why today&apos;s automatic backup of the open file could not be written (a Message) what :meth:`let_go` was given, waiting to be freed on the worker when the last operation finished (time.monotonic) the Changes last announced for what another program committed to the file (a page with unsaved edits is not reloaded under the user&apos;s hands for those) How many objects :func:`free_in_pieces` frees between two chances for another thread to run.</extracomment>
        <translation>Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="569"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="584"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Dashboard</source>
        <extracomment>Returns the translated title. Write it as ``lambda: QCoreApplication.translate(&quot;Pages&quot;, &quot;Title&quot;)`` so that lupdate finds the text. &quot;module:Class&quot;; the class is built as ``Class(db)``. A QStyle.StandardPixmap name (looked up after the first paint: start-up). The navigation, in order. Ctrl+1..9 follow this order.</extracomment>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Cohorts</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="39"/>
        <source>Edit participant</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="39"/>
        <source>New participant</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="47"/>
        <source>two letters, e.g. KZ</source>
        <translation>две буквы, например KZ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="52"/>
        <source>unspecified</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="53"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="54"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="60"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="61"/>
        <source>Name (Latin)</source>
        <translation>ФИО (латиницей)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="63"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="65"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="66"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="67"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="68"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="69"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="70"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="173"/>
        <source>Name</source>
        <extracomment>Column -&gt; Participant field (and roster sort key). The Changes of this model&apos;s own last save (the page does not reload for them).</extracomment>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="174"/>
        <source>Name (Latin)</source>
        <translation>ФИО (латиницей)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="175"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="176"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="177"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="178"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="179"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="184"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="185"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="186"/>
        <source>unspecified</source>
        <translation>не указан</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="50"/>
        <source>Search by name, e-mail, organisation, position or country (Ctrl+F)</source>
        <translation>Поиск по имени, эл. почте, организации, должности или стране (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="53"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="54"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="55"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/participants.py" line="138"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="216"/>
        <source>Name (Latin)</source>
        <translation>ФИО (латиницей)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="217"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="218"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="219"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="220"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="221"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="228"/>
        <source>Cohorts</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="233"/>
        <source>enrolled</source>
        <translation>зачислен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="233"/>
        <source>withdrawn</source>
        <translation>отчислен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="235"/>
        <source>%1 of %2 hours attended</source>
        <translation>посещено %1 из %2 ч</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="245"/>
        <source>Not enrolled in any cohort.</source>
        <translation>Не зачислен(а) ни в одну группу.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="247"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="252"/>
        <source>valid</source>
        <translation>действителен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="252"/>
        <source>revoked or replaced</source>
        <translation>отозван или заменён</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="259"/>
        <source>No certificates yet.</source>
        <translation>Сертификатов пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="278"/>
        <source>Added %1</source>
        <translation>Добавлен(а): %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="317"/>
        <source>Delete participant</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="318"/>
        <source>Delete %1? People enrolled in a cohort are withdrawn instead.</source>
        <translation>Удалить: %1? Зачисленных в группу не удаляют, а отчисляют.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="82"/>
        <source>Select a participant to see their details, cohorts and certificates here. Double-click a row or press Edit… to change them.</source>
        <translation>Выберите участника, чтобы увидеть здесь его данные, группы и сертификаты. Чтобы изменить их, дважды щёлкните строку или нажмите «Изменить…».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="105"/>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="196"/>
        <source>Nobody matches «%1».</source>
        <translation>По запросу «%1» никто не найден.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="201"/>
        <source>No participants in this file yet. Import a list from a spreadsheet with %1 (%2), or press %3 to add people one at a time.</source>
        <translation>В этом файле пока нет участников. Импортируйте список из таблицы через %1 (%2) или нажмите «%3», чтобы добавлять людей по одному.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="75"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="75"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="75"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="84"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="86"/>
        <source>Language of the app</source>
        <translation>Язык приложения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="92"/>
        <source>Names</source>
        <translation>Названия</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="94"/>
        <source>Programme code</source>
        <translation>Код программы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="97"/>
        <source>Programme (%1)</source>
        <translation>Программа (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="101"/>
        <source>Organisation (%1)</source>
        <translation>Организация (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="110"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="111"/>
        <source>Position (English)</source>
        <translation>Должность (англ.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="112"/>
        <source>Position (Russian)</source>
        <translation>Должность (рус.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="114"/>
        <source>Signature image</source>
        <translation>Изображение подписи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="113"/>
        <source>Position (Kazakh)</source>
        <translation>Должность (каз.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="125"/>
        <source>Choose signature image…</source>
        <translation>Выбрать изображение подписи…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="128"/>
        <source>Signatories and logos</source>
        <translation>Подписанты и логотипы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="136"/>
        <location filename="../../ui/pages/settings.py" line="161"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="139"/>
        <source>Logo %1</source>
        <translation>Логотип %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="152"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="154"/>
        <source>Serial number pattern</source>
        <translation>Шаблон серийного номера</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="155"/>
        <source>Default template</source>
        <translation>Шаблон по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="156"/>
        <source>Default languages</source>
        <translation>Языки по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="160"/>
        <source>none: the bundled fonts</source>
        <translation>нет: встроенные шрифты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="166"/>
        <source>Own font files</source>
        <translation>Свои файлы шрифтов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="172"/>
        <source>Open the file&apos;s folder</source>
        <translation>Открыть папку файла</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="177"/>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="179"/>
        <source>Open the backups folder</source>
        <translation>Открыть папку резервных копий</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="181"/>
        <source>Data file and backups</source>
        <translation>Файл данных и резервные копии</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="187"/>
        <source>Backups of this file, newest first:</source>
        <translation>Резервные копии этого файла, сначала новые:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="189"/>
        <source>Restore the chosen backup…</source>
        <translation>Восстановить выбранную копию…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="204"/>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="275"/>
        <source>The programme code cannot be changed once the programme exists: certificate serial numbers are made from it.</source>
        <translation>Код программы нельзя изменить после её создания: из него составляются номера сертификатов.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="327"/>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="328"/>
        <source>made by hand</source>
        <translation>создана вручную</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="329"/>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="330"/>
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="331"/>
        <source>before an update of the file</source>
        <translation>перед обновлением файла</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="332"/>
        <source>before issuing certificates</source>
        <translation>перед выдачей сертификатов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="339"/>
        <source>No backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="395"/>
        <source>Settings saved</source>
        <translation>Настройки сохранены</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="426"/>
        <source>The settings have changes that are not saved. Save them?</source>
        <translation>В настройках есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="444"/>
        <source>Choose an image</source>
        <translation>Выберите изображение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="446"/>
        <location filename="../../ui/pages/settings.py" line="465"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="453"/>
        <source>Choose a font file</source>
        <translation>Выберите файл шрифта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="453"/>
        <source>Fonts (*.ttf *.otf *.ttc)</source>
        <translation>Шрифты (*.ttf *.otf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="463"/>
        <source>Choose a signature image</source>
        <translation>Выберите изображение подписи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="487"/>
        <source>Backup saved: %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="490"/>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="501"/>
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="503"/>
        <source>Replace the open file with the backup %1? The file as it is now is kept in the backups folder first.</source>
        <translation>Заменить открытый файл резервной копией %1? Текущее состояние файла сначала сохраняется в папке резервных копий.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="520"/>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="521"/>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../ui/message_text.py" line="259"/>
        <source>Russian and English</source>
        <translation>Русский и английский</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="260"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="261"/>
        <source>Kazakh, Russian and English</source>
        <translation>Казахский, русский и английский</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="23"/>
        <source>Welcome to Course Manager</source>
        <translation>Добро пожаловать в Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="27"/>
        <source>Course Manager keeps a training programme&apos;s participants, attendance and certificates in one file on this computer. Which file shall we use?</source>
        <translation>Course Manager хранит участников, посещаемость и сертификаты учебной программы в одном файле на этом компьютере. Какой файл использовать?</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="34"/>
        <source>Create a new file…</source>
        <translation>Создать новый файл…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="35"/>
        <source>Open an existing file…</source>
        <translation>Открыть существующий файл…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="36"/>
        <source>Try the demo programme</source>
        <translation>Открыть демо-программу</translation>
    </message>
</context>
</TS>
