<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="183"/>
        <source>Participant</source>
        <extracomment>Status value -&gt; (key letter, background colour).</extracomment>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="186"/>
        <source>Completes?</source>
        <translation>Аяқтай ма?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="190"/>
        <source>required</source>
        <translation>міндетті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="190"/>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="215"/>
        <source>Withdrawn from the cohort</source>
        <translation>Топтан шығарылған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="223"/>
        <source>present</source>
        <translation>қатысты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="224"/>
        <source>late</source>
        <translation>кешікті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="225"/>
        <source>absent</source>
        <translation>келмеді</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="226"/>
        <source>excused</source>
        <translation>дәлелді себеп</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="238"/>
        <source>No mark yet: press P, L, A or E, or type the hours</source>
        <translation>Әлі белгі жоқ: P, L, A немесе E пернесін басыңыз не сағатты енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="249"/>
        <source>%1, %2 h</source>
        <translation>%1, %2 сағ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="252"/>
        <source>score %1</source>
        <translation>балл %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="261"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="261"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="276"/>
        <source>Attendance %1% (%2 of %3 h)</source>
        <translation>Қатысу %1% (%3 сағаттың %2 сағаты)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="283"/>
        <source>Meets the cohort&apos;s completion rule.</source>
        <translation>Топтың аяқтау ережесіне сай.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="285"/>
        <source>completed</source>
        <translation>аяқтады</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="286"/>
        <source>not completed</source>
        <translation>аяқтаған жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="287"/>
        <source>Overridden as %1: %2</source>
        <translation>Қолмен шешілді — %1: %2</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../ui/pages/attendance.py" line="76"/>
        <source>&amp;Cohort:</source>
        <translation>&amp;Топ:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="79"/>
        <source>Mark module &amp;present</source>
        <translation>Модульге &amp;барлығы қатысты деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="81"/>
        <source>Mark everyone still enrolled present in the current module&apos;s column; then mark the exceptions</source>
        <translation>Ағымдағы модуль бағанында тіркелгендердің бәрін қатысты деп белгілеу; содан кейін ерекшеліктерді белгілеңіз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="84"/>
        <source>&amp;Override…</source>
        <translation>Қолмен &amp;шешу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="86"/>
        <source>Decide completion for the current participant yourself, with a reason</source>
        <translation>Ағымдағы қатысушының курсты аяқтағанын себебін көрсетіп, өзіңіз шешіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="88"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="89"/>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="119"/>
        <source>Keys: arrows move · P present · L late · A absent · E excused · digits type the hours, Enter saves · Ctrl+Z undo · Ctrl+Y redo. Hover over “Completes?” for the reasons.</source>
        <translation>Пернелер: бағыттауыштар — жылжу · P қатысты · L кешікті · A келмеді · E дәлелді себеп · сандар — сағат, Enter сақтайды · Ctrl+Z болдырмау · Ctrl+Y қайталау. Себептерін көру үшін «Аяқтай ма?» бағанына меңзеңіз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/attendance.py" line="196"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n қатысушы</numerusform>
            <numerusform>%n қатысушы</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="222"/>
        <source>Move to a module&apos;s column first</source>
        <translation>Алдымен модуль бағанына өтіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="230"/>
        <source>Mark %1 %2 in %3</source>
        <translation>Белгілеу: %1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="234"/>
        <source>Mark %1 people %2 in %3</source>
        <translation>%1 адамды белгілеу — %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="242"/>
        <source>Type %1 h</source>
        <translation>%1 сағ енгізу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="256"/>
        <source>Mark everyone present in %1</source>
        <translation>Барлығын қатысты деп белгілеу: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="269"/>
        <source>A withdrawn participant cannot be overridden</source>
        <translation>Шығарылған қатысушы үшін қолмен шешуге болмайды</translation>
    </message>
</context>
<context>
    <name>CertificatesPlaceholder</name>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="36"/>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="40"/>
        <source>Here you will see who is eligible, preview and issue numbered certificates, print them, reissue or revoke them, and verify a certificate&apos;s code.</source>
        <translation>Мұнда сертификат алуға кімнің құқығы бар екенін көріп, нөмірленген сертификаттарды алдын ала қарап, бере аласыз, оларды басып шығарып, қайта беріп немесе кері қайтарып ала аласыз, сондай-ақ сертификат кодын тексере аласыз.</translation>
    </message>
</context>
<context>
    <name>CohortModuleDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="94"/>
        <source>Module in this cohort</source>
        <translation>Осы топтағы модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="100"/>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="102"/>
        <source>Required for completion</source>
        <translation>Аяқтау үшін міндетті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="105"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="106"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="107"/>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="71"/>
        <source>Cohorts</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="72"/>
        <source>Programme modules</source>
        <translation>Бағдарлама модульдері</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="80"/>
        <location filename="../../ui/pages/cohorts.py" line="138"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="80"/>
        <location filename="../../ui/pages/cohorts.py" line="165"/>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="80"/>
        <location filename="../../ui/pages/cohorts.py" line="166"/>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="80"/>
        <source>Title (English)</source>
        <translation>Атауы (ағылшынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="81"/>
        <source>Title (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="81"/>
        <source>Title (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="84"/>
        <location filename="../../ui/pages/cohorts.py" line="170"/>
        <source>Add module…</source>
        <translation>Модуль қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="85"/>
        <location filename="../../ui/pages/cohorts.py" line="171"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="102"/>
        <source>New cohort…</source>
        <translation>Жаңа топ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="116"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="120"/>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="125"/>
        <source>names separated by commas</source>
        <translation>есімдерді үтір арқылы жазыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="131"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="132"/>
        <source>Excused absences count as attended</source>
        <translation>Дәлелді себеппен келмеу есептеледі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="133"/>
        <source>Save cohort</source>
        <translation>Топты сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="139"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="144"/>
        <source>City, country</source>
        <translation>Қала, ел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="149"/>
        <source>Dates</source>
        <translation>Күндері</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="150"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="151"/>
        <source>Venue</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="152"/>
        <source>Trainers</source>
        <translation>Тренерлер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="153"/>
        <source>Completion rule</source>
        <translation>Аяқтау ережесі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="155"/>
        <source>Minimum attendance</source>
        <translation>Ең төменгі қатысу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="156"/>
        <source>Minimum score</source>
        <translation>Ең төменгі балл</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="165"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="165"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="172"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="177"/>
        <source>Modules run</source>
        <translation>Өткізілетін модульдер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="186"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="186"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="186"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="189"/>
        <source>Enroll…</source>
        <translation>Тіркеу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="190"/>
        <source>Withdraw…</source>
        <translation>Шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="193"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="242"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="242"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="307"/>
        <source>enrolled</source>
        <translation>тіркелген</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="307"/>
        <source>withdrawn</source>
        <translation>шығарылған</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cohorts.py" line="312"/>
        <source>%n enrolled</source>
        <translation>
            <numerusform>Тіркелген: %n</numerusform>
            <numerusform>Тіркелген: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="343"/>
        <source>Cohort saved</source>
        <translation>Топ сақталды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="349"/>
        <source>This file has no programme yet.</source>
        <translation>Бұл файлда әлі бағдарлама жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="350"/>
        <source>enter the programme&apos;s names in Settings first</source>
        <translation>алдымен бағдарлама атауларын баптауларда енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="352"/>
        <source>New cohort</source>
        <translation>Жаңа топ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="353"/>
        <source>Code of the new cohort (e.g. 2027-AST-01):</source>
        <translation>Жаңа топтың коды (мысалы, 2027-AST-01):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="474"/>
        <source>Withdraw</source>
        <translation>Шығару</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="475"/>
        <source>Withdraw %1 from this cohort. Reason (kept in the record):</source>
        <translation>Осы топтан шығару: %1. Себебі (жазбада сақталады):</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="60"/>
        <location filename="../../ui/pages/dashboard.py" line="64"/>
        <source>Cohort</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="60"/>
        <source>Dates</source>
        <translation>Күндері</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="60"/>
        <location filename="../../ui/pages/dashboard.py" line="134"/>
        <source>Enrolled</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="60"/>
        <location filename="../../ui/pages/dashboard.py" line="135"/>
        <source>Completed</source>
        <translation>Аяқтағандар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="61"/>
        <source>Certified</source>
        <translation>Сертификат алғандар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="61"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="64"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="64"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="65"/>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="70"/>
        <source>Cohorts</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="72"/>
        <source>Upcoming module dates</source>
        <translation>Алдағы модуль күндері</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="106"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n қатысушы</numerusform>
            <numerusform>%n қатысушы</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="124"/>
        <source>No module dates ahead.</source>
        <translation>Алда модуль күндері жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="126"/>
        <source>Participants and completion by country</source>
        <translation>Елдер бойынша қатысушылар мен аяқтағандар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="127"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="128"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="128"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="129"/>
        <source>unspecified</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="130"/>
        <source>Participants and completion by gender</source>
        <translation>Жынысы бойынша қатысушылар мен аяқтағандар</translation>
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
        <translation>Не істеу керек: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="52"/>
        <source>Something went wrong inside Course Manager. Your data was not changed by the unfinished step.</source>
        <translation>Course Manager ішінде қате орын алды. Аяқталмаған қадам деректеріңізді өзгерткен жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="57"/>
        <source>Please copy the details and send them to whoever supports Course Manager for you.</source>
        <translation>Толық мәліметтерді көшіріп, сіздегі Course Manager-ді сүйемелдейтін адамға жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="62"/>
        <source>Copy details</source>
        <translation>Мәліметтерді көшіру</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="145"/>
        <source>Enroll participants</source>
        <translation>Қатысушыларды тіркеу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="149"/>
        <source>Search by name, e-mail, organisation…</source>
        <translation>Аты, эл. поштасы, ұйымы бойынша іздеу…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="80"/>
        <source>Choose the spreadsheet</source>
        <translation>Кестені таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="81"/>
        <source>A participant list in .xlsx, .xls, .ods, .csv or .txt; you can also drop the file on the main window.</source>
        <translation>Қатысушылар тізімі .xlsx, .xls, .ods, .csv немесе .txt форматында; файлды негізгі терезеге сүйреп әкелуге де болады.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="85"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="91"/>
        <source>(do not enroll)</source>
        <translation>(тіркемеу)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="95"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="96"/>
        <source>Enroll everyone in:</source>
        <translation>Барлығын мына топқа тіркеу:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="101"/>
        <source>Choose a participant list</source>
        <translation>Қатысушылар тізімін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="102"/>
        <source>Spreadsheets (%1);;All files (*)</source>
        <translation>Кестелер (%1);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../ui/pages/import_models.py" line="40"/>
        <source>new participant</source>
        <translation>жаңа қатысушы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="41"/>
        <source>update</source>
        <translation>жаңарту</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="42"/>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="43"/>
        <source>same person as a later row</source>
        <translation>төмендегі жолдағы адаммен бірдей</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="44"/>
        <source>skipped</source>
        <translation>өткізілді</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="45"/>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/pages/import_models.py" line="22"/>
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="23"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="24"/>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="25"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="26"/>
        <source>Name in Latin letters</source>
        <translation>Аты-жөні латын әрпімен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="27"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="28"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="29"/>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="30"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="31"/>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="32"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="33"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="429"/>
        <source>Import participants</source>
        <translation>Қатысушыларды импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="465"/>
        <location filename="../../ui/pages/import_wizard.py" line="485"/>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="472"/>
        <source>Found sheet “%1”, header in row %2, %3 columns recognised.</source>
        <translation>«%1» парағы табылды, тақырып %2-жолда, танылған бағандар: %3.</translation>
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
        <translation>&amp;Жаңа…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Open &amp;recent</source>
        <translation>Соңғы &amp;файлдар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>Open the &amp;demo</source>
        <translation>&amp;Демоны ашу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;Import participants…</source>
        <translation>Қатысушыларды &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Edit</source>
        <translation>Ө&amp;ңдеу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Course Manager</source>
        <translation>Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>Opened %1</source>
        <translation>%1 файлы ашылды</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Opening the file…</source>
        <translation>Файл ашылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>New programme file</source>
        <translation>Жаңа бағдарлама файлы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>Course Manager files (*.sqlite3 *.db);;All files (*)</source>
        <translation>Course Manager файлдары (*.sqlite3 *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Open a programme file</source>
        <translation>Бағдарлама файлын ашу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Preparing the demo…</source>
        <translation>Демо дайындалуда…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="184"/>
        <source>Which column is which</source>
        <translation>Қай баған не білдіреді</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="185"/>
        <source>The guess is shown; change any column. Your choice is remembered for the next list from the same form.</source>
        <translation>Болжам көрсетілген; кез келген бағанды өзгертуге болады. Таңдауыңыз осы нысандағы келесі тізім үшін есте сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="191"/>
        <source>Column in the file</source>
        <translation>Файлдағы баған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="191"/>
        <source>Example</source>
        <translation>Мысал</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="191"/>
        <source>Participant field</source>
        <translation>Қатысушы өрісі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="218"/>
        <source>— not imported —</source>
        <translation>— импортталмайды —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="225"/>
        <source>This form was imported before: its remembered mapping is used.</source>
        <translation>Бұл нысан бұрын импортталған: есте сақталған сәйкестік қолданылады.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="228"/>
        <source>Recognised as an export of %1.</source>
        <translation>%1 жүйесінен алынған экспорт ретінде танылды.</translation>
    </message>
</context>
<context>
    <name>ModuleDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="48"/>
        <source>Edit module</source>
        <translation>Модульді өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="48"/>
        <source>New module</source>
        <translation>Жаңа модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="55"/>
        <source>Required for completion</source>
        <translation>Аяқтау үшін міндетті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="58"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="59"/>
        <source>Title (English)</source>
        <translation>Атауы (ағылшынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="60"/>
        <source>Title (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="61"/>
        <source>Title (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="62"/>
        <source>Hours</source>
        <translation>Сағат</translation>
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
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="342"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="26"/>
        <source>Override completion</source>
        <translation>Аяқтауды қолмен шешу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="31"/>
        <source>&amp;Completed</source>
        <translation>&amp;Аяқтады</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="32"/>
        <source>&amp;Not completed</source>
        <translation>А&amp;яқтаған жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="38"/>
        <source>Why is the rule&apos;s result changed? (required, kept in the audit trail)</source>
        <translation>Ереже нәтижесі неге өзгертіледі? (міндетті, өзгерістер журналында сақталады)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="47"/>
        <source>C&amp;lear override</source>
        <translation>Қолмен шешімді а&amp;лып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="56"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <source>Dashboard</source>
        <extracomment>Returns the translated title. Write it as ``lambda: QCoreApplication.translate(&quot;Pages&quot;, &quot;Title&quot;)`` so that lupdate finds the text. &quot;module:Class&quot;; the class is built as ``Class(db)``. The navigation, in order. Ctrl+1..9 follow this order.</extracomment>
        <translation>Шолу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Cohorts</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Attendance</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="23"/>
        <source>Edit participant</source>
        <translation>Қатысушыны өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="23"/>
        <source>New participant</source>
        <translation>Жаңа қатысушы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="31"/>
        <source>two letters, e.g. KZ</source>
        <translation>екі әріп, мысалы KZ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="36"/>
        <source>unspecified</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="37"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="38"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="44"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="45"/>
        <source>Name (Latin)</source>
        <translation>Аты-жөні (латынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="46"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="47"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="48"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="49"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="50"/>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="51"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="52"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="179"/>
        <source>Name</source>
        <extracomment>Column -&gt; Participant field (and roster sort key). The Changes of this model&apos;s own last save (the page does not reload for them).</extracomment>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="180"/>
        <source>Name (Latin)</source>
        <translation>Аты-жөні (латынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="181"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="182"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="183"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="184"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="185"/>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="190"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="191"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="192"/>
        <source>unspecified</source>
        <translation>көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="37"/>
        <source>Search by name, e-mail, organisation, position or country (Ctrl+F)</source>
        <translation>Аты, эл. поштасы, ұйымы, лауазымы немесе елі бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="40"/>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="41"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="42"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/participants.py" line="111"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n адам</numerusform>
            <numerusform>%n адам</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="151"/>
        <source>Name (Latin)</source>
        <translation>Аты-жөні (латынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="152"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="153"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="154"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="155"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="156"/>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="163"/>
        <source>Cohorts</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="168"/>
        <source>enrolled</source>
        <translation>тіркелген</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="168"/>
        <source>withdrawn</source>
        <translation>шығарылған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="169"/>
        <source>%1 of %2 hours attended</source>
        <translation>%2 сағаттың %1 сағатына қатысты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="177"/>
        <source>Not enrolled in any cohort.</source>
        <translation>Ешбір топқа тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="179"/>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="184"/>
        <source>valid</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="184"/>
        <source>revoked or replaced</source>
        <translation>кері қайтарылған немесе ауыстырылған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="191"/>
        <source>No certificates yet.</source>
        <translation>Әзірге сертификаттар жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="214"/>
        <source>Added %1</source>
        <translation>Қосылды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="238"/>
        <source>Delete participant</source>
        <translation>Қатысушыны жою</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="239"/>
        <source>Delete %1? People enrolled in a cohort are withdrawn instead.</source>
        <translation>Жою керек пе: %1? Топқа тіркелгендер жойылмайды, олар топтан шығарылады.</translation>
    </message>
</context>
<context>
    <name>PdfPrint</name>
    <message>
        <location filename="../../ui/pdf_print.py" line="54"/>
        <source>Print %1</source>
        <translation>Басып шығару: %1</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../ui/pages/import_models.py" line="121"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="121"/>
        <source>What happens</source>
        <translation>Не болады</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="121"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="121"/>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="122"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="251"/>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="252"/>
        <source>What the import will do with each row. Rejected rows are red; hover over a row for its reason. Nothing is written yet.</source>
        <translation>Импорт әр жолмен не істейтіні. Қабылданбаған жолдар қызылмен белгіленген; себебін көру үшін жолға меңзеңіз. Әзірге ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="255"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="271"/>
        <source>Checking every row…</source>
        <translation>Әр жол тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="277"/>
        <source>Checking the rows…</source>
        <translation>Жолдар тексерілуде…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="132"/>
        <source>&amp;Save as .xlsx…</source>
        <translation>.xlsx ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="134"/>
        <source>&amp;Open the saved file</source>
        <translation>Сақталған файлды &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="148"/>
        <source>&amp;Report for:</source>
        <translation>&amp;Есеп нысаны:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="149"/>
        <source>&amp;Table:</source>
        <translation>&amp;Кесте:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="165"/>
        <source>Sign-in sheets</source>
        <translation>Тіркеу парақтары</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="171"/>
        <source>Make &amp;PDF…</source>
        <translation>&amp;PDF жасау…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="173"/>
        <source>Op&amp;en</source>
        <translation>А&amp;шу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="174"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="180"/>
        <source>Cohort:</source>
        <translation>Топ:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="182"/>
        <source>Module:</source>
        <translation>Модуль:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="189"/>
        <source>Sign-in sheets are not available in this version.</source>
        <translation>Тіркеу парақтары бұл нұсқада қолжетімсіз.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="205"/>
        <source>All cohorts of the programme</source>
        <translation>Бағдарламаның барлық топтары</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="225"/>
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="255"/>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="256"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="266"/>
        <source>Writing the report…</source>
        <translation>Есеп жазылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="272"/>
        <source>Report saved to %1</source>
        <translation>Есеп сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="298"/>
        <source>Save the sign-in sheet</source>
        <translation>Тіркеу парағын сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="299"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="309"/>
        <source>Making the sign-in sheet…</source>
        <translation>Тіркеу парағы жасалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="316"/>
        <source>Sign-in sheet saved to %1</source>
        <translation>Тіркеу парағы сақталды: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPlaceholder</name>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="47"/>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="51"/>
        <source>Here you will choose a report, preview its numbers, save it as a spreadsheet and print sign-in sheets.</source>
        <translation>Мұнда есепті таңдап, оның сандарын алдын ала қарап, электрондық кесте ретінде сақтап, тіркеу парақтарын басып шығарасыз.</translation>
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
        <translation>Қабылданбаған жолдарды &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="325"/>
        <source>Write the rejected rows with a reason column; fix them and import the file again</source>
        <translation>Қабылданбаған жолдарды себеп бағанымен жазу; оларды түзетіп, файлды қайта импорттаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="345"/>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="352"/>
        <source>Importing participants…</source>
        <translation>Қатысушылар импортталуда…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="363"/>
        <source>Import finished.</source>
        <translation>Импорт аяқталды.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="365"/>
        <source>%1 enrolled in the cohort.</source>
        <translation>Топқа тіркелді: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="367"/>
        <source>The file was copied aside first: %1</source>
        <translation>Алдымен файлдың көшірмесі жасалды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="375"/>
        <source>Nothing was imported.</source>
        <translation>Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="379"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Импорт тоқтатылды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="394"/>
        <source>Save rejected rows</source>
        <translation>Қабылданбаған жолдарды сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="395"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel кітабы (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="405"/>
        <source>Rejected rows saved to %1</source>
        <translation>Қабылданбаған жолдар сақталды: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="66"/>
        <source>English</source>
        <translation>ағылшынша</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="66"/>
        <source>Russian</source>
        <translation>орысша</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="66"/>
        <source>Kazakh</source>
        <translation>қазақша</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="77"/>
        <source>This computer</source>
        <translation>Осы компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="79"/>
        <source>Language of the app</source>
        <translation>Қолданба тілі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="85"/>
        <source>Names</source>
        <translation>Атаулар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="87"/>
        <source>Programme code</source>
        <translation>Бағдарлама коды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="89"/>
        <source>Programme (%1)</source>
        <translation>Бағдарлама (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="92"/>
        <source>Organisation (%1)</source>
        <translation>Ұйым (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="99"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="99"/>
        <source>Position (English)</source>
        <translation>Лауазымы (ағылшынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="99"/>
        <source>Position (Russian)</source>
        <translation>Лауазымы (орысша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="100"/>
        <source>Signature image</source>
        <translation>Қолтаңба суреті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="100"/>
        <source>Position (Kazakh)</source>
        <translation>Лауазымы (қазақша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="111"/>
        <source>Choose signature image…</source>
        <translation>Қолтаңба суретін таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="114"/>
        <source>Signatories and logos</source>
        <translation>Қол қоюшылар мен логотиптер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="122"/>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="125"/>
        <source>Logo %1</source>
        <translation>Логотип %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="138"/>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="140"/>
        <source>Serial number pattern</source>
        <translation>Сериялық нөмір үлгісі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="141"/>
        <source>Default template</source>
        <translation>Әдепкі үлгі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="142"/>
        <source>Default languages</source>
        <translation>Әдепкі тілдер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="148"/>
        <source>Open the file&apos;s folder</source>
        <translation>Файл қалтасын ашу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="153"/>
        <source>Back up now</source>
        <translation>Сақтық көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="155"/>
        <source>Open the backups folder</source>
        <translation>Сақтық көшірмелер қалтасын ашу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="157"/>
        <source>Data file and backups</source>
        <translation>Деректер файлы және сақтық көшірмелер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="163"/>
        <source>Backups of this file, newest first:</source>
        <translation>Осы файлдың сақтық көшірмелері, жаңалары басында:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="165"/>
        <source>Restore the chosen backup…</source>
        <translation>Таңдалған көшірмені қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="180"/>
        <source>Save settings</source>
        <translation>Баптауларды сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="253"/>
        <source>daily</source>
        <translation>күнделікті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="254"/>
        <source>made by hand</source>
        <translation>қолмен жасалған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="255"/>
        <source>before a restore</source>
        <translation>қалпына келтіру алдында</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="256"/>
        <source>before an import</source>
        <translation>импорт алдында</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="257"/>
        <source>before an update of the file</source>
        <translation>файлды жаңарту алдында</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="258"/>
        <source>before issuing certificates</source>
        <translation>сертификат беру алдында</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="265"/>
        <source>No backups yet.</source>
        <translation>Әзірге сақтық көшірмелер жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="314"/>
        <source>Settings saved</source>
        <translation>Баптаулар сақталды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="323"/>
        <source>Choose an image</source>
        <translation>Суретті таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="324"/>
        <location filename="../../ui/pages/settings.py" line="331"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="330"/>
        <source>Choose a signature image</source>
        <translation>Қолтаңба суретін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="356"/>
        <source>Backup saved: %1</source>
        <translation>Сақтық көшірме сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="359"/>
        <source>Backing up…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="370"/>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="371"/>
        <source>Replace the open file with the backup %1? The file as it is now is kept in the backups folder first.</source>
        <translation>Ашық файлды %1 сақтық көшірмесімен ауыстыру керек пе? Файлдың қазіргі күйі алдымен сақтық көшірмелер қалтасында сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="387"/>
        <source>Restoring the backup…</source>
        <translation>Сақтық көшірме қалпына келтірілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="388"/>
        <source>Backup restored</source>
        <translation>Сақтық көшірме қалпына келтірілді</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="120"/>
        <source>Sheet and header row</source>
        <translation>Парақ және тақырып жолы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="121"/>
        <source>Check that the list starts under the header row. Change the sheet or the row if they were guessed wrong.</source>
        <translation>Тізім тақырып жолының астынан басталатынын тексеріңіз. Парақ немесе жол қате болжанса, оларды өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="131"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Парақ:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="132"/>
        <source>&amp;Header row:</source>
        <translation>&amp;Тақырып жолы:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="151"/>
        <source>(hidden)</source>
        <translation>(жасырын)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="161"/>
        <source>Header row %1 of sheet “%2”; the first rows under it:</source>
        <translation>«%2» парағының %1-тақырып жолы; оның астындағы алғашқы жолдар:</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="14"/>
        <source>Welcome to Course Manager</source>
        <translation>Course Manager-ге қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="18"/>
        <source>Course Manager keeps a training programme&apos;s participants, attendance and certificates in one file on this computer. Which file shall we use?</source>
        <translation>Course Manager оқу бағдарламасының қатысушыларын, қатысуын және сертификаттарын осы компьютердегі бір файлда сақтайды. Қай файлды қолданамыз?</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="25"/>
        <source>Create a new file…</source>
        <translation>Жаңа файл жасау…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="26"/>
        <source>Open an existing file…</source>
        <translation>Бар файлды ашу…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="27"/>
        <source>Try the demo programme</source>
        <translation>Демо бағдарламаны ашу</translation>
    </message>
</context>
<context>
    <name>_WizardPage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="72"/>
        <source>Something went wrong; see the details dialog.</source>
        <translation>Бірдеңе дұрыс болмады; толық мәліметтер терезесін қараңыз.</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="304"/>
        <source>%1 new</source>
        <translation>жаңа: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="305"/>
        <source>%1 updated</source>
        <translation>жаңартылды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="306"/>
        <source>%1 unchanged</source>
        <translation>өзгеріссіз: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="307"/>
        <source>%1 skipped</source>
        <translation>өткізілді: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="308"/>
        <source>%1 rejected</source>
        <translation>қабылданбады: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="312"/>
        <source>%1 possible duplicates to check by hand (not merged).</source>
        <translation>Қолмен тексеретін ықтимал қайталаулар: %1 (біріктірілмеген).</translation>
    </message>
</context>
</TS>
