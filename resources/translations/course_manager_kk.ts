<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>CertificateEmailDialog</name>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="116"/>
        <source>E-mail certificates</source>
        <extracomment>Names listed in the heading as having no e-mail address (the table lists every one).</extracomment>
        <translation>Сертификаттарды поштамен жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="124"/>
        <source>Only the selected people (%1)</source>
        <translation>Тек таңдалғандар (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="133"/>
        <source>Serial</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="134"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="135"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="136"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="146"/>
        <source>Write &amp;drafts (.eml) for a mail program</source>
        <translation>Пошта бағдарламасы үшін &amp;жобаларды (.eml) жазу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="147"/>
        <source>&amp;Send through the office&apos;s mail server</source>
        <translation>Ұйымның пошта сервері арқылы &amp;жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="155"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
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
        <translation>Шифрлаусыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="182"/>
        <source>from the system keyring if left empty</source>
        <translation>бос болса — жүйелік құпиясөз қоймасынан</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="183"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>Құпиясөзді жүйелік қоймада &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="191"/>
        <location filename="../../ui/pages/certificate_email.py" line="337"/>
        <source>&amp;Write drafts</source>
        <translation>&amp;Жобаларды жазу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="206"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Қалта:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="212"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="214"/>
        <source>Security:</source>
        <translation>Қорғау:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="216"/>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="217"/>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="218"/>
        <source>P&amp;assword:</source>
        <translation>Құпия&amp;сөз:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="220"/>
        <source>Sender &amp;address:</source>
        <translation>Жіберушінің &amp;мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="221"/>
        <source>How</source>
        <translation>Қалай</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="299"/>
        <source>ready</source>
        <translation>жіберуге дайын</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="308"/>
        <source>%1 certificate(s) of cohort %2; %3 ready to send.</source>
        <translation>%2 тобының сертификаттары: %1; жіберуге дайыны: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="314"/>
        <source>No e-mail address: %1.</source>
        <translation>Эл. пошта мекенжайы жоқ: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="315"/>
        <source>Revoked, not sent: %1.</source>
        <translation>Кері қайтарылған, жіберілмейді: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="316"/>
        <source>Replaced by a newer certificate, not sent: %1.</source>
        <translation>Жаңа сертификатпен ауыстырылған, жіберілмейді: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="317"/>
        <source>Sent before, not sent again: %1.</source>
        <translation>Бұрын жіберілген, қайта жіберілмейді: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="337"/>
        <source>&amp;Send</source>
        <translation>&amp;Жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="341"/>
        <source>Folder for the drafts</source>
        <translation>Жобаларға арналған қалта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="422"/>
        <source>Sending e-mails…</source>
        <translation>Хаттар жіберілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="433"/>
        <source>%1 draft(s) written to %4; %2 skipped; %3 failed.</source>
        <translation>Жазылған жобалар: %1 (%4 ішінде); өткізілді: %2; қате: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="435"/>
        <source>%1 sent; %2 skipped; %3 failed.</source>
        <translation>Жіберілді: %1; өткізілді: %2; қате: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="450"/>
        <source>Cancelled. Those sent are recorded; Send again sends the rest.</source>
        <translation>Болдырылмады. Жіберілген хаттар жазылды; қайта жіберу қалғанын жібереді.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="228"/>
        <source>&amp;PDFs in:</source>
        <translation>&amp;PDF файлдары:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="162"/>
        <source>Br&amp;owse…</source>
        <translation>Ш&amp;олу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="300"/>
        <source>PDF: %1</source>
        <translation>PDF: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="325"/>
        <source>No PDF found in %1 for: %2. Choose the folder the certificates were written to.</source>
        <translation>%1 ішінде PDF табылмады: %2. Сертификаттар жазылған қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="366"/>
        <source>Folder of the certificates&apos; PDFs</source>
        <translation>Сертификаттардың PDF файлдары бар қалта</translation>
    </message>
</context>
<context>
    <name>CohortModuleDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="142"/>
        <source>Module in this cohort</source>
        <translation>Осы топтағы модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="148"/>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="150"/>
        <source>Required for completion</source>
        <translation>Аяқтау үшін міндетті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="153"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="154"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="155"/>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="75"/>
        <source>Cohorts</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="76"/>
        <source>Programme modules</source>
        <translation>Бағдарлама модульдері</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="81"/>
        <location filename="../../ui/pages/programme_modules.py" line="57"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="109"/>
        <location filename="../../ui/pages/programme_modules.py" line="58"/>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="109"/>
        <location filename="../../ui/pages/programme_modules.py" line="59"/>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme_modules.py" line="60"/>
        <source>Title (English)</source>
        <translation>Атауы (ағылшынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme_modules.py" line="61"/>
        <source>Title (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme_modules.py" line="62"/>
        <source>Title (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="113"/>
        <location filename="../../ui/pages/programme_modules.py" line="66"/>
        <source>Add module…</source>
        <translation>Модуль қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="114"/>
        <location filename="../../ui/pages/programme_modules.py" line="67"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="93"/>
        <location filename="../../ui/pages/cohorts.py" line="173"/>
        <source>New cohort…</source>
        <translation>Жаңа топ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="50"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="54"/>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="60"/>
        <source>names separated by commas</source>
        <translation>есімдерді үтір арқылы жазыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="67"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="69"/>
        <source>Excused absences count as attended</source>
        <translation>Дәлелді себеппен келмеу есептеледі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="71"/>
        <source>Save cohort</source>
        <translation>Топты сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="82"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="87"/>
        <source>City, country</source>
        <translation>Қала, ел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="92"/>
        <source>Dates</source>
        <translation>Күндері</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="93"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="94"/>
        <source>Venue</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="95"/>
        <source>Trainers</source>
        <translation>Тренерлер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="96"/>
        <source>Completion rule</source>
        <translation>Аяқтау ережесі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="99"/>
        <source>Minimum attendance</source>
        <translation>Ең төменгі қатысу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="101"/>
        <source>Minimum score</source>
        <translation>Ең төменгі балл</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="109"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="109"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="115"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="124"/>
        <source>Modules run</source>
        <translation>Өткізілетін модульдер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members_model.py" line="107"/>
        <source>Name</source>
        <extracomment>The participant&apos;s id, for tests and callers that need it.</extracomment>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members_model.py" line="108"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members_model.py" line="109"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="42"/>
        <source>Enroll…</source>
        <translation>Тіркеу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="43"/>
        <source>Withdraw…</source>
        <translation>Шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="37"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme_modules.py" line="83"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme_modules.py" line="84"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members_model.py" line="114"/>
        <source>enrolled</source>
        <translation>тіркелген</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members_model.py" line="115"/>
        <source>withdrawn</source>
        <translation>шығарылған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="244"/>
        <source>(no title yet)</source>
        <translation>(атауы әлі жоқ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="273"/>
        <source>This file has no programme yet. Enter the programme&apos;s names in Settings and add its modules (the Programme modules tab); then create the first cohort here.</source>
        <translation>Бұл файлда әлі бағдарлама жоқ. Бағдарлама атауларын «Баптауларда» енгізіп, оның модульдерін қосыңыз («Бағдарлама модульдері» қойындысы); содан кейін осында алғашқы топты құрыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="278"/>
        <source>This file has no cohorts yet. Create the first cohort: give it a code, then fill in its dates, modules and participants.</source>
        <translation>Бұл файлда әлі топтар жоқ. Алғашқы топты құрыңыз: оған код беріп, содан кейін күндерін, модульдерін және қатысушыларын толтырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="347"/>
        <source>Loading the cohort %1…</source>
        <translation>%1 тобы жүктелуде…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cohorts.py" line="414"/>
        <source>%Ln enrolled</source>
        <translation>
            <numerusform>Тіркелген: %Ln</numerusform>
            <numerusform>Тіркелген: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="438"/>
        <source>Cohort saved</source>
        <translation>Топ сақталды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="463"/>
        <source>The cohort %1 has changes that are not saved. Save them?</source>
        <translation>%1 тобында сақталмаған өзгерістер бар. Оларды сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="485"/>
        <source>This file has no programme yet.</source>
        <translation>Бұл файлда әлі бағдарлама жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="486"/>
        <source>enter the programme&apos;s names in Settings first</source>
        <translation>алдымен бағдарлама атауларын баптауларда енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="101"/>
        <source>%1 enrolled, %2 already were</source>
        <translation>Қабылданды: %1, бұрын қабылданған: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="114"/>
        <source>%1 and %2 more</source>
        <translation>%1 және тағы %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="119"/>
        <source>Withdraw</source>
        <translation>Шығару</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="122"/>
        <source>Withdraw %1 from this cohort. Reason (kept in the record):</source>
        <translation>Осы топтан шығару: %1. Себебі (жазбада сақталады):</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../ui/pages/exchange.py" line="79"/>
        <source>What</source>
        <extracomment>The &quot;Set a value&quot; field shows at least this many characters, and grows with a longer value up to :data:`VALUE_CHARS_MOST` (within the screen): a value is edited seeing most of it.</extracomment>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="80"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="81"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="82"/>
        <source>Ours (this office)</source>
        <translation>Біздікі (осы кеңсе)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="83"/>
        <source>Theirs</source>
        <translation>Олардікі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="84"/>
        <source>From office</source>
        <translation>Кеңседен</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="137"/>
        <location filename="../../ui/pages/dashboard.py" line="148"/>
        <source>Cohort</source>
        <extracomment>The country chart&apos;s bars at most: the largest countries, and the rest as one &quot;Other&quot; bar. At most this many steps up the count axis (so at most one more label). The &quot;Other&quot; bar&apos;s subtitle names at most this many of the countries it adds up. the labels of the bars this one adds up (empty for a plain bar)</extracomment>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="138"/>
        <source>Dates</source>
        <translation>Күндері</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="139"/>
        <location filename="../../ui/pages/dashboard.py" line="293"/>
        <source>Enrolled</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="140"/>
        <location filename="../../ui/pages/dashboard.py" line="294"/>
        <source>Completed</source>
        <translation>Аяқтағандар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="141"/>
        <source>Certified</source>
        <translation>Сертификат алғандар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="142"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="148"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="148"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="148"/>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="158"/>
        <source>Cohorts</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="160"/>
        <source>Upcoming module dates</source>
        <translation>Алдағы модуль күндері</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="210"/>
        <source>%Ln participants</source>
        <extracomment>what the charts show now (tests and tools)</extracomment>
        <translation>
            <numerusform>%Ln қатысушы</numerusform>
            <numerusform>%Ln қатысушы</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="228"/>
        <source>No cohorts yet: create the first one on the Cohorts page.</source>
        <translation>Топтар әлі жоқ: алғашқысын «Топтар» бетінде құрыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="245"/>
        <source>No module dates ahead.</source>
        <translation>Алда модуль күндері жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="254"/>
        <source>Other (%n countries)</source>
        <translation>
            <numerusform>Басқалары (%n ел)</numerusform>
            <numerusform>Басқалары (%n ел)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="258"/>
        <source>Participants and completion by country</source>
        <translation>Елдер бойынша қатысушылар мен аяқтағандар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="247"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="263"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="264"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="265"/>
        <source>unspecified</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="272"/>
        <source>Participants and completion by gender</source>
        <translation>Жынысы бойынша қатысушылар мен аяқтағандар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="286"/>
        <source>No data yet: the chart fills in once participants are imported or added.</source>
        <translation>Әзірге деректер жоқ: қатысушылар импортталғанда немесе қосылғанда диаграмма толады.</translation>
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
        <translation>Не істеу керек: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="83"/>
        <source>Something went wrong inside Course Manager. Your data was not changed by the unfinished step.</source>
        <translation>Course Manager ішінде қате орын алды. Аяқталмаған қадам деректеріңізді өзгерткен жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="90"/>
        <source>Please copy the details and send them to whoever supports Course Manager for you.</source>
        <translation>Толық мәліметтерді көшіріп, сіздегі Course Manager-ді сүйемелдейтін адамға жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="96"/>
        <source>Copy details</source>
        <translation>Мәліметтерді көшіру</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="343"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="354"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="355"/>
        <source>&amp;Discard</source>
        <translation>Сақта&amp;мау</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="356"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="225"/>
        <source>What you typed in this form is not saved yet. Save it?</source>
        <extracomment>Ask before closing with typed input (see the class).</extracomment>
        <translation>Осы пішінге енгізілгендер әлі сақталмаған. Сақтау керек пе?</translation>
    </message>
</context>
<context>
    <name>EmailCheck</name>
    <message>
        <location filename="../../ui/message_text.py" line="87"/>
        <source>An e-mail address needs an @ sign.</source>
        <extracomment>Arguments that are counts (grouped: 20,000 / 20 000); row numbers, years and ids are not. Messages whose ``detail`` is email-validator&apos;s English sentence.</extracomment>
        <translation>Эл. пошта мекенжайында @ белгісі болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="91"/>
        <source>Something must come before the @ sign.</source>
        <translation>@ белгісінің алдында бірдеңе болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="95"/>
        <source>Something must come after the @ sign.</source>
        <translation>@ белгісінен кейін бірдеңе болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="99"/>
        <source>The part after the @ sign needs a period (e.g. gov.kz).</source>
        <translation>@ белгісінен кейінгі бөлікте нүкте болуы керек (мысалы, gov.kz).</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="105"/>
        <source>An e-mail address cannot have two periods in a row.</source>
        <translation>Эл. пошта мекенжайында қатар екі нүкте болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="111"/>
        <source>An e-mail address cannot start with a period.</source>
        <translation>Эл. пошта мекенжайы нүктеден басталмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="117"/>
        <source>A period cannot stand right before the @ sign.</source>
        <translation>Нүкте @ белгісінің дәл алдында тұра алмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="123"/>
        <source>A period cannot stand right after the @ sign.</source>
        <translation>Нүкте @ белгісінен кейін бірден тұра алмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="130"/>
        <source>The part after the @ sign is a reserved name that takes no e-mail.</source>
        <translation>@ белгісінен кейінгі бөлік — пошта қабылдамайтын резервтелген атау.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="136"/>
        <source>The part after the @ sign does not end in a known domain.</source>
        <translation>@ белгісінен кейінгі бөлік белгілі доменмен аяқталмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="142"/>
        <source>Nothing may follow the e-mail address.</source>
        <translation>Эл. пошта мекенжайынан кейін ештеңе болмауы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="145"/>
        <source>Characters not allowed before the @ sign: %1</source>
        <translation>@ белгісінің алдында рұқсат етілмеген таңбалар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="148"/>
        <source>Characters not allowed after the @ sign: %1</source>
        <translation>@ белгісінен кейін рұқсат етілмеген таңбалар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="160"/>
        <source>The address contains unsafe characters: %1</source>
        <translation>Мекенжайда қауіпті таңбалар бар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="164"/>
        <source>Only Latin letters are allowed before the @ sign: %1</source>
        <translation>@ белгісінің алдында тек латын әріптері рұқсат етіледі: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="179"/>
        <source>The address is too long.</source>
        <translation>Мекенжай тым ұзын.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="180"/>
        <source>The address is not written correctly.</source>
        <translation>Мекенжай қате жазылған.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="230"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="232"/>
        <source>space</source>
        <translation>бос орын</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="234"/>
        <source>no-break space (%1)</source>
        <translation>үзілмейтін бос орын (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="236"/>
        <source>space (%1)</source>
        <translation>бос орын (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="238"/>
        <source>line break (%1)</source>
        <translation>жол ауысуы (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="240"/>
        <source>invisible mark (%1)</source>
        <translation>көрінбейтін таңба (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="242"/>
        <source>accent mark (%1)</source>
        <translation>диакритикалық таңба (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="244"/>
        <source>control character (%1)</source>
        <translation>басқарушы таңба (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="245"/>
        <source>character %1</source>
        <translation>%1 таңбасы</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="194"/>
        <source>Enroll participants</source>
        <translation>Қатысушыларды тіркеу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="199"/>
        <source>Search by name, e-mail, organisation…</source>
        <translation>Аты, эл. поштасы, ұйымы бойынша іздеу…</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../ui/pages/exchange.py" line="246"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт тоқтатылды; файл жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="270"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Импорт тоқтатылды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="120"/>
        <source>Make a copy for another &amp;office…</source>
        <extracomment>the &quot;Set a value&quot; dialog last opened</extracomment>
        <translation>Басқа &amp;кеңсеге көшірме…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="122"/>
        <source>&amp;Export changes…</source>
        <translation>Өзгерістерді &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="124"/>
        <source>&amp;Import a file…</source>
        <translation>Файлды &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="135"/>
        <source>This office</source>
        <translation>Осы кеңсе</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="148"/>
        <source>Keep &amp;ours</source>
        <translation>&amp;Біздікін қалдыру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="150"/>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Олардікін қалдыру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="152"/>
        <source>Set a &amp;value…</source>
        <translation>&amp;Мән беру…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="158"/>
        <source>Conflicts waiting for a decision</source>
        <translation>Шешім күтіп тұрған қайшылықтар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="163"/>
        <source>A change made here and in another office to the same thing. Both values are kept until you decide; the decision travels to the other offices with the next export.</source>
        <translation>Бір нәрсе осында да, басқа кеңседе де өзгертілген. Сіз шешкенше екі мән де сақталады; шешім келесі экспортпен басқа кеңселерге жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="192"/>
        <source>This file takes part in no exchange yet. Make a copy for another office to start; this file is then the hub.</source>
        <translation>Бұл файл әзірге алмасуға қатыспайды. Бастау үшін басқа кеңсеге көшірме жасаңыз; сонда бұл файл орталық болады.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="204"/>
        <source>an office copy</source>
        <translation>кеңсе көшірмесі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="123"/>
        <source>the hub</source>
        <translation>орталық кеңсе</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="203"/>
        <source>Office: {office} ({kind}). Exports applied here from: {seen}.</source>
        <translation>Кеңсе: {office} ({kind}). Мұнда қолданылған экспорттар: {seen}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="201"/>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="206"/>
        <source>This file is the hub. Exports applied here from: {seen}.</source>
        <translation>Бұл файл — орталық кеңсе. Мұнда қолданылған экспорттар: {seen}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="216"/>
        <source>Conflicts waiting for a decision: {n}</source>
        <translation>Шешім күтіп тұрған қайшылықтар: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="239"/>
        <source>Exported {n} change(s) to {file}.</source>
        <translation>Экспортталған өзгерістер: {n}, файл {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="251"/>
        <source>Exporting changes</source>
        <translation>Өзгерістерді экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="258"/>
        <source>{applied} change(s) applied, {unchanged} already here.</source>
        <translation>Қолданылған өзгерістер: {applied}, бұрыннан бар: {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="262"/>
        <source>{n} conflict(s) wait for a decision below.</source>
        <translation>Төменде шешім күтіп тұрған қайшылықтар: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="275"/>
        <source>Importing changes</source>
        <translation>Өзгерістерді импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="284"/>
        <source>{file} is a copy for the office {office}; give it the folder {keys} too.</source>
        <translation>{file} — {office} кеңсесіне арналған көшірме; онымен бірге {keys} қалтасын да беріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="291"/>
        <source>Copy cancelled; no file was written.</source>
        <translation>Көшіру тоқтатылды; файл жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="296"/>
        <source>Making a copy</source>
        <translation>Көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="315"/>
        <source>Course Manager exchange (*.cmx)</source>
        <translation>Course Manager алмасу файлы (*.cmx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="320"/>
        <source>Export changes</source>
        <translation>Өзгерістерді экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="330"/>
        <source>Import another office&apos;s changes</source>
        <translation>Басқа кеңсенің өзгерістерін импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="339"/>
        <location filename="../../ui/pages/exchange.py" line="345"/>
        <source>A copy for another office</source>
        <translation>Басқа кеңсеге көшірме</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="339"/>
        <source>The office&apos;s name:</source>
        <translation>Кеңсе атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="347"/>
        <source>Course Manager files (*.sqlite3)</source>
        <translation>Course Manager файлдары (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="360"/>
        <source>Set a value</source>
        <translation>Мән беру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="362"/>
        <source>The value of {field}:</source>
        <translation>{field} өрісінің мәні:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="27"/>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="28"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="29"/>
        <source>Cohort</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="30"/>
        <source>Module of a cohort</source>
        <translation>Топ модулі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="31"/>
        <source>Participant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="32"/>
        <source>Enrolment</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="33"/>
        <source>Attendance</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="34"/>
        <source>Completion set by hand</source>
        <translation>Қолмен белгіленген аяқтау</translation>
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
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="42"/>
        <source>Created</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="43"/>
        <source>Last changed</source>
        <translation>Өзгертілген уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="50"/>
        <source>Name (English)</source>
        <translation>Атауы (ағылшынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="51"/>
        <source>Name (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="52"/>
        <source>Name (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="53"/>
        <source>Partners</source>
        <translation>Серіктестер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="54"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="55"/>
        <source>Title (English)</source>
        <translation>Атауы (ағылшынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="56"/>
        <source>Title (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="57"/>
        <source>Title (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="58"/>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="59"/>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="60"/>
        <source>Order</source>
        <translation>Реті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="61"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="62"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="63"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="64"/>
        <source>Start date</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="65"/>
        <source>End date</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="66"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="67"/>
        <source>Venue</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="68"/>
        <source>Trainers</source>
        <translation>Тренерлер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="69"/>
        <source>Minimum attendance</source>
        <translation>Ең төменгі қатысу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="70"/>
        <source>Minimum score</source>
        <translation>Ең төменгі балл</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="71"/>
        <source>Excused absences count as attended</source>
        <translation>Дәлелді себеппен келмеу есептеледі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="72"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="73"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="74"/>
        <source>Name (Latin)</source>
        <translation>Аты-жөні (латынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="75"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="76"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="77"/>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="78"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="79"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="80"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="81"/>
        <source>Enrolled on</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="82"/>
        <source>Withdrawn on</source>
        <translation>Шығарылған күні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="83"/>
        <source>Reason for withdrawal</source>
        <translation>Шығару себебі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="84"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="85"/>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="86"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="87"/>
        <source>Decided on</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="88"/>
        <source>Decided by</source>
        <translation>Шешім қабылдаған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="89"/>
        <source>Serial number</source>
        <translation>Сериялық нөмір</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="90"/>
        <source>Issue date</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="91"/>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="92"/>
        <source>Template</source>
        <translation>Үлгі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="93"/>
        <source>Verification code</source>
        <translation>Тексеру коды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="94"/>
        <source>Signed content</source>
        <translation>Қол қойылған мазмұн</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="95"/>
        <source>Signature</source>
        <translation>Қолтаңба</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="96"/>
        <source>Revoked on</source>
        <translation>Кері қайтарылған күні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="97"/>
        <source>Reason for revocation</source>
        <translation>Кері қайтару себебі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="98"/>
        <source>Replaces</source>
        <translation>Ауыстырады</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="99"/>
        <source>Replaced by</source>
        <translation>Мынамен ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="100"/>
        <source>The whole entry</source>
        <translation>Жазба толығымен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="101"/>
        <source>The same as another entry</source>
        <translation>Басқа жазбамен бірдей</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="106"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="107"/>
        <source>Mark</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="112"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="113"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="116"/>
        <source>Deleted</source>
        <translation>Жойылған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="117"/>
        <source>Kept</source>
        <translation>Сақталған</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="58"/>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="60"/>
        <source>Open file</source>
        <translation>Ашық файл</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="61"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="68"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="73"/>
        <source>Participants, attendance and certificates of a training programme, kept in one file on this computer.</source>
        <translation>Оқу бағдарламасының қатысушылары, қатысуы және сертификаттары осы компьютердегі бір файлда.</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="89"/>
        <source>User guide (README)</source>
        <translation>Пайдаланушы нұсқаулығы (README)</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="98"/>
        <source>About Course Manager</source>
        <translation>Course Manager туралы</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="109"/>
        <location filename="../../ui/help_dialogs.py" line="198"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="164"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="168"/>
        <source>Attendance grid</source>
        <translation>Қатысу кестесі</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="169"/>
        <source>its keys are listed under the grid</source>
        <translation>оның пернелері кестенің астында көрсетілген</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="172"/>
        <source>Any dialog</source>
        <translation>Кез келген диалог терезесі</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="173"/>
        <source>Esc closes it (asking first when something was typed)</source>
        <translation>Esc оны жабады (бірдеңе енгізілген болса, алдымен сұрайды)</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="182"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="183"/>
        <source>Keys</source>
        <translation>Пернелер</translation>
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
        <translation>&amp;Жаңа…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>Open &amp;recent</source>
        <translation>Соңғы &amp;файлдар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Open the &amp;demo</source>
        <translation>&amp;Демо файлын ашу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>&amp;Import participants…</source>
        <translation>Қатысушыларды &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>&amp;Edit</source>
        <translation>Ө&amp;ңдеу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <location filename="../../ui/main_window.py" line="516"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="516"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Болдырмау: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Қайталау: %1</translation>
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
        <translation>%1 (тек оқу)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <source>Opened %1 read-only: it can be viewed, changes cannot be saved</source>
        <translation>%1 тек оқу үшін ашылды: оны қарауға болады, өзгерістерді сақтау мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="570"/>
        <source>Opened %1</source>
        <translation>%1 файлы ашылды</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="589"/>
        <source>Opening the file…</source>
        <translation>Файл ашылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="636"/>
        <source>The newest sound backup is %1. Restore it? The damaged file is kept in the backups folder.</source>
        <translation>Ең жаңа бүтін сақтық көшірме — %1. Оны қалпына келтіру керек пе? Зақымдалған файл сақтық көшірмелер қалтасында сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="640"/>
        <source>Restore the backup</source>
        <translation>Көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="646"/>
        <source>Restoring the backup…</source>
        <translation>Сақтық көшірме қалпына келтірілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="657"/>
        <source>New programme file</source>
        <translation>Жаңа бағдарлама файлы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="659"/>
        <location filename="../../ui/main_window.py" line="674"/>
        <source>Course Manager files (*.sqlite3 *.db);;All files (*)</source>
        <translation>Course Manager файлдары (*.sqlite3 *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="672"/>
        <source>Open a programme file</source>
        <translation>Бағдарлама файлын ашу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="684"/>
        <source>Preparing the demo…</source>
        <translation>Демо дайындалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>&amp;About Course Manager</source>
        <translation>Course Manager &amp;туралы</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/pages/base.py" line="59"/>
        <source>Close this message</source>
        <extracomment>The looks of the message bar: (background, border, text) for each kind.</extracomment>
        <translation>Бұл хабарды жабу</translation>
    </message>
</context>
<context>
    <name>ModuleDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="88"/>
        <source>Edit module</source>
        <translation>Модульді өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="88"/>
        <source>New module</source>
        <translation>Жаңа модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="95"/>
        <source>Required for completion</source>
        <translation>Аяқтау үшін міндетті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="100"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="106"/>
        <source>Title (English)</source>
        <translation>Атауы (ағылшынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="107"/>
        <source>Title (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="108"/>
        <source>Title (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="109"/>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
</context>
<context>
    <name>NewCohortDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="57"/>
        <source>New cohort</source>
        <translation>Жаңа топ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="60"/>
        <source>e.g. %1</source>
        <translation>мысалы, %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="66"/>
        <source>Cohort code</source>
        <translation>Топ коды</translation>
    </message>
</context>
<context>
    <name>NextStepBar</name>
    <message>
        <location filename="../../ui/welcome.py" line="118"/>
        <source>Step 1 of 4: this file has no programme yet. Start with the programme&apos;s code and names.</source>
        <translation>4 қадамның 1-қадамы: бұл файлда әлі бағдарлама жоқ. Бағдарламаның коды мен атауларынан бастаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="121"/>
        <source>Enter the programme…</source>
        <translation>Бағдарламаны енгізу…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="125"/>
        <source>Step 2 of 4: add the programme&apos;s modules (a code, a title and the hours of each).</source>
        <translation>4 қадамның 2-қадамы: бағдарламаның модульдерін қосыңыз (әрқайсысының коды, атауы және сағаттары).</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="128"/>
        <source>Add modules…</source>
        <translation>Модульдер қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="131"/>
        <source>Step 3 of 4: create the first cohort, the group that takes the modules.</source>
        <translation>4 қадамның 3-қадамы: алғашқы топты, яғни модульдерден бірге өтетіндерді құрыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="132"/>
        <source>Create the first cohort…</source>
        <translation>Алғашқы топты құру…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="136"/>
        <source>Step 4 of 4: import the participants from a spreadsheet (or add them on the Participants page).</source>
        <translation>4 қадамның 4-қадамы: қатысушыларды кестеден импорттаңыз (немесе оларды «Қатысушылар» бетінде қосыңыз).</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="139"/>
        <source>Import participants…</source>
        <translation>Қатысушыларды импорттау…</translation>
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
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="584"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Dashboard</source>
        <extracomment>Returns the translated title. Write it as ``lambda: QCoreApplication.translate(&quot;Pages&quot;, &quot;Title&quot;)`` so that lupdate finds the text. &quot;module:Class&quot;; the class is built as ``Class(db)``. A QStyle.StandardPixmap name (looked up after the first paint: start-up). The navigation, in order. Ctrl+1..9 follow this order.</extracomment>
        <translation>Басқару тақтасы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Cohorts</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Attendance</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Exchange</source>
        <translation>Алмасу</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="39"/>
        <source>Edit participant</source>
        <translation>Қатысушыны өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="39"/>
        <source>New participant</source>
        <translation>Жаңа қатысушы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="47"/>
        <source>two letters, e.g. KZ</source>
        <translation>екі әріп, мысалы KZ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="52"/>
        <source>unspecified</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="53"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="54"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="60"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="61"/>
        <source>Name (Latin)</source>
        <translation>Аты-жөні (латынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="63"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="65"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="66"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="67"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="68"/>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="69"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="70"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="173"/>
        <source>Name</source>
        <extracomment>Column -&gt; Participant field (and roster sort key). The Changes of this model&apos;s own last save (the page does not reload for them).</extracomment>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="174"/>
        <source>Name (Latin)</source>
        <translation>Аты-жөні (латынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="175"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="176"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="177"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="178"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="179"/>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="184"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="185"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="186"/>
        <source>unspecified</source>
        <translation>көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="50"/>
        <source>Search by name, e-mail, organisation, position or country (Ctrl+F)</source>
        <translation>Аты, эл. поштасы, ұйымы, лауазымы немесе елі бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="53"/>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="54"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="55"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/participants.py" line="138"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln адам</numerusform>
            <numerusform>%Ln адам</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="216"/>
        <source>Name (Latin)</source>
        <translation>Аты-жөні (латынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="217"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="218"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="219"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="220"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="221"/>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="228"/>
        <source>Cohorts</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="233"/>
        <source>enrolled</source>
        <translation>тіркелген</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="233"/>
        <source>withdrawn</source>
        <translation>шығарылған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="235"/>
        <source>%1 of %2 hours attended</source>
        <translation>%2 сағаттың %1 сағатына қатысты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="245"/>
        <source>Not enrolled in any cohort.</source>
        <translation>Ешбір топқа тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="247"/>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="252"/>
        <source>valid</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="252"/>
        <source>revoked or replaced</source>
        <translation>кері қайтарылған немесе ауыстырылған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="259"/>
        <source>No certificates yet.</source>
        <translation>Әзірге сертификаттар жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="278"/>
        <source>Added %1</source>
        <translation>Қосылды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="317"/>
        <source>Delete participant</source>
        <translation>Қатысушыны жою</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="318"/>
        <source>Delete %1? People enrolled in a cohort are withdrawn instead.</source>
        <translation>Жою керек пе: %1? Топқа тіркелгендер жойылмайды, олар топтан шығарылады.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="82"/>
        <source>Select a participant to see their details, cohorts and certificates here. Double-click a row or press Edit… to change them.</source>
        <translation>Қатысушының деректерін, топтарын және сертификаттарын осында көру үшін оны таңдаңыз. Өзгерту үшін жолды екі рет басыңыз немесе «Өзгерту…» түймесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="105"/>
        <source>Clear the search</source>
        <translation>Іздеуді тазарту</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="196"/>
        <source>Nobody matches «%1».</source>
        <translation>«%1» бойынша ешкім табылмады.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="201"/>
        <source>No participants in this file yet. Import a list from a spreadsheet with %1 (%2), or press %3 to add people one at a time.</source>
        <translation>Бұл файлда әлі қатысушылар жоқ. Тізімді кестеден %1 (%2) арқылы импорттаңыз немесе адамдарды бір-бірден қосу үшін «%3» түймесін басыңыз.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="75"/>
        <source>English</source>
        <translation>ағылшынша</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="75"/>
        <source>Russian</source>
        <translation>орысша</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="75"/>
        <source>Kazakh</source>
        <translation>қазақша</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="84"/>
        <source>This computer</source>
        <translation>Осы компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="86"/>
        <source>Language of the app</source>
        <translation>Қолданба тілі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="92"/>
        <source>Names</source>
        <translation>Атаулар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="94"/>
        <source>Programme code</source>
        <translation>Бағдарлама коды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="97"/>
        <source>Programme (%1)</source>
        <translation>Бағдарлама (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="101"/>
        <source>Organisation (%1)</source>
        <translation>Ұйым (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="110"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="111"/>
        <source>Position (English)</source>
        <translation>Лауазымы (ағылшынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="112"/>
        <source>Position (Russian)</source>
        <translation>Лауазымы (орысша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="114"/>
        <source>Signature image</source>
        <translation>Қолтаңба суреті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="113"/>
        <source>Position (Kazakh)</source>
        <translation>Лауазымы (қазақша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="125"/>
        <source>Choose signature image…</source>
        <translation>Қолтаңба суретін таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="128"/>
        <source>Signatories and logos</source>
        <translation>Қол қоюшылар мен логотиптер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="136"/>
        <location filename="../../ui/pages/settings.py" line="161"/>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="139"/>
        <source>Logo %1</source>
        <translation>Логотип %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="152"/>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="154"/>
        <source>Serial number pattern</source>
        <translation>Сериялық нөмір үлгісі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="155"/>
        <source>Default template</source>
        <translation>Әдепкі үлгі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="156"/>
        <source>Default languages</source>
        <translation>Әдепкі тілдер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="160"/>
        <source>none: the bundled fonts</source>
        <translation>жоқ: кірістірілген қаріптер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="166"/>
        <source>Own font files</source>
        <translation>Өз қаріп файлдары</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="172"/>
        <source>Open the file&apos;s folder</source>
        <translation>Файл қалтасын ашу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="177"/>
        <source>Back up now</source>
        <translation>Сақтық көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="179"/>
        <source>Open the backups folder</source>
        <translation>Сақтық көшірмелер қалтасын ашу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="181"/>
        <source>Data file and backups</source>
        <translation>Деректер файлы және сақтық көшірмелер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="187"/>
        <source>Backups of this file, newest first:</source>
        <translation>Осы файлдың сақтық көшірмелері, жаңалары басында:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="189"/>
        <source>Restore the chosen backup…</source>
        <translation>Таңдалған көшірмені қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="204"/>
        <source>Save settings</source>
        <translation>Баптауларды сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="275"/>
        <source>The programme code cannot be changed once the programme exists: certificate serial numbers are made from it.</source>
        <translation>Бағдарлама құрылғаннан кейін оның кодын өзгертуге болмайды: сертификат нөмірлері осы кодтан құралады.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="327"/>
        <source>daily</source>
        <translation>күнделікті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="328"/>
        <source>made by hand</source>
        <translation>қолмен жасалған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="329"/>
        <source>before a restore</source>
        <translation>қалпына келтіру алдында</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="330"/>
        <source>before an import</source>
        <translation>импорт алдында</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="331"/>
        <source>before an update of the file</source>
        <translation>файлды жаңарту алдында</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="332"/>
        <source>before issuing certificates</source>
        <translation>сертификат беру алдында</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="339"/>
        <source>No backups yet.</source>
        <translation>Әзірге сақтық көшірмелер жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="395"/>
        <source>Settings saved</source>
        <translation>Баптаулар сақталды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="426"/>
        <source>The settings have changes that are not saved. Save them?</source>
        <translation>Баптауларда сақталмаған өзгерістер бар. Оларды сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="444"/>
        <source>Choose an image</source>
        <translation>Суретті таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="446"/>
        <location filename="../../ui/pages/settings.py" line="465"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="453"/>
        <source>Choose a font file</source>
        <translation>Қаріп файлын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="453"/>
        <source>Fonts (*.ttf *.otf *.ttc)</source>
        <translation>Қаріптер (*.ttf *.otf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="463"/>
        <source>Choose a signature image</source>
        <translation>Қолтаңба суретін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="487"/>
        <source>Backup saved: %1</source>
        <translation>Сақтық көшірме сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="490"/>
        <source>Backing up…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="501"/>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="503"/>
        <source>Replace the open file with the backup %1? The file as it is now is kept in the backups folder first.</source>
        <translation>Ашық файлды %1 сақтық көшірмесімен ауыстыру керек пе? Файлдың қазіргі күйі алдымен сақтық көшірмелер қалтасында сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="520"/>
        <source>Restoring the backup…</source>
        <translation>Сақтық көшірме қалпына келтірілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="521"/>
        <source>Backup restored</source>
        <translation>Сақтық көшірме қалпына келтірілді</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../ui/message_text.py" line="259"/>
        <source>Russian and English</source>
        <translation>Орысша және ағылшынша</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="260"/>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="261"/>
        <source>Kazakh, Russian and English</source>
        <translation>Қазақша, орысша және ағылшынша</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="23"/>
        <source>Welcome to Course Manager</source>
        <translation>Course Manager-ге қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="27"/>
        <source>Course Manager keeps a training programme&apos;s participants, attendance and certificates in one file on this computer. Which file shall we use?</source>
        <translation>Course Manager оқу бағдарламасының қатысушыларын, қатысуын және сертификаттарын осы компьютердегі бір файлда сақтайды. Қай файлды қолданамыз?</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="34"/>
        <source>Create a new file…</source>
        <translation>Жаңа файл жасау…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="35"/>
        <source>Open an existing file…</source>
        <translation>Бар файлды ашу…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="36"/>
        <source>Try the demo programme</source>
        <translation>Демо бағдарламаны ашу</translation>
    </message>
</context>
</TS>
