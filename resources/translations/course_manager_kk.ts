<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
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
        <location filename="../../ui/pages/cohorts.py" line="64"/>
        <source>Cohorts</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="65"/>
        <source>Programme modules</source>
        <translation>Бағдарлама модульдері</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="74"/>
        <location filename="../../ui/pages/cohorts.py" line="137"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="75"/>
        <location filename="../../ui/pages/cohorts.py" line="165"/>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="76"/>
        <location filename="../../ui/pages/cohorts.py" line="165"/>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="77"/>
        <source>Title (English)</source>
        <translation>Атауы (ағылшынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="78"/>
        <source>Title (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="79"/>
        <source>Title (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="83"/>
        <location filename="../../ui/pages/cohorts.py" line="170"/>
        <source>Add module…</source>
        <translation>Модуль қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="84"/>
        <location filename="../../ui/pages/cohorts.py" line="171"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="101"/>
        <source>New cohort…</source>
        <translation>Жаңа топ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="115"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="119"/>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="124"/>
        <source>names separated by commas</source>
        <translation>есімдерді үтір арқылы жазыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="130"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="131"/>
        <source>Excused absences count as attended</source>
        <translation>Дәлелді себеппен келмеу есептеледі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="132"/>
        <source>Save cohort</source>
        <translation>Топты сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="138"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="143"/>
        <source>City, country</source>
        <translation>Қала, ел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="148"/>
        <source>Dates</source>
        <translation>Күндері</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="149"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="150"/>
        <source>Venue</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="151"/>
        <source>Trainers</source>
        <translation>Тренерлер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="152"/>
        <source>Completion rule</source>
        <translation>Аяқтау ережесі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="154"/>
        <source>Minimum attendance</source>
        <translation>Ең төменгі қатысу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="155"/>
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
        <location filename="../../ui/pages/cohorts.py" line="252"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="252"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="331"/>
        <source>enrolled</source>
        <translation>тіркелген</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="331"/>
        <source>withdrawn</source>
        <translation>шығарылған</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cohorts.py" line="337"/>
        <source>%n enrolled</source>
        <translation>
            <numerusform>Тіркелген: %n</numerusform>
            <numerusform>Тіркелген: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="368"/>
        <source>Cohort saved</source>
        <translation>Топ сақталды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="376"/>
        <source>This file has no programme yet.</source>
        <translation>Бұл файлда әлі бағдарлама жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="377"/>
        <source>enter the programme&apos;s names in Settings first</source>
        <translation>алдымен бағдарлама атауларын баптауларда енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="381"/>
        <source>New cohort</source>
        <translation>Жаңа топ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="381"/>
        <source>Code of the new cohort (e.g. 2027-AST-01):</source>
        <translation>Жаңа топтың коды (мысалы, 2027-AST-01):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="501"/>
        <source>%1 enrolled, %2 already were</source>
        <translation>Қабылданды: %1, бұрын қабылданған: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="520"/>
        <source>Withdraw</source>
        <translation>Шығару</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="521"/>
        <source>Withdraw %1 from this cohort. Reason (kept in the record):</source>
        <translation>Осы топтан шығару: %1. Себебі (жазбада сақталады):</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="61"/>
        <location filename="../../ui/pages/dashboard.py" line="71"/>
        <source>Cohort</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="62"/>
        <source>Dates</source>
        <translation>Күндері</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="63"/>
        <location filename="../../ui/pages/dashboard.py" line="160"/>
        <source>Enrolled</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="64"/>
        <location filename="../../ui/pages/dashboard.py" line="161"/>
        <source>Completed</source>
        <translation>Аяқтағандар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="65"/>
        <source>Certified</source>
        <translation>Сертификат алғандар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="66"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="71"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="71"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="71"/>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="77"/>
        <source>Cohorts</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="79"/>
        <source>Upcoming module dates</source>
        <translation>Алдағы модуль күндері</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="112"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n қатысушы</numerusform>
            <numerusform>%n қатысушы</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="139"/>
        <source>No module dates ahead.</source>
        <translation>Алда модуль күндері жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="143"/>
        <source>Participants and completion by country</source>
        <translation>Елдер бойынша қатысушылар мен аяқтағандар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="144"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="148"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="149"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="150"/>
        <source>unspecified</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="154"/>
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
        <location filename="../../ui/dialogs.py" line="53"/>
        <source>Something went wrong inside Course Manager. Your data was not changed by the unfinished step.</source>
        <translation>Course Manager ішінде қате орын алды. Аяқталмаған қадам деректеріңізді өзгерткен жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="60"/>
        <source>Please copy the details and send them to whoever supports Course Manager for you.</source>
        <translation>Толық мәліметтерді көшіріп, сіздегі Course Manager-ді сүйемелдейтін адамға жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="66"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;New…</source>
        <translation>&amp;Жаңа…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Open &amp;recent</source>
        <translation>Соңғы &amp;файлдар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Open the &amp;demo</source>
        <translation>&amp;Демоны ашу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>&amp;Import participants…</source>
        <translation>Қатысушыларды &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>&amp;Edit</source>
        <translation>Ө&amp;ңдеу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
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
        <translation>%1 (тек оқу)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Opened %1 read-only: it can be viewed, changes cannot be saved</source>
        <translation>%1 тек оқу үшін ашылды: оны қарауға болады, өзгерістерді сақтау мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>Opened %1</source>
        <translation>%1 файлы ашылды</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Opening the file…</source>
        <translation>Файл ашылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>The newest sound backup is %1. Restore it? The damaged file is kept in the backups folder.</source>
        <translation>Ең жаңа бүтін сақтық көшірме — %1. Оны қалпына келтіру керек пе? Зақымдалған файл сақтық көшірмелер қалтасында сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Restore the backup</source>
        <translation>Көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>Restoring the backup…</source>
        <translation>Сақтық көшірме қалпына келтірілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <source>New programme file</source>
        <translation>Жаңа бағдарлама файлы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>Course Manager files (*.sqlite3 *.db);;All files (*)</source>
        <translation>Course Manager файлдары (*.sqlite3 *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>Open a programme file</source>
        <translation>Бағдарлама файлын ашу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>Preparing the demo…</source>
        <translation>Демо дайындалуда…</translation>
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
        <location filename="../../ui/operations.py" line="390"/>
        <source>Course Manager</source>
        <extracomment>How long quick work may take before a progress dialog appears (Anki uses 0.5 s too). Progress updates are sent to the UI at most this often. the open file is read-only (a read-only folder or medium): viewing only called (main thread) with the DamagedFileError when work finds the open file damaged and its screen set no failure handler; the main window offers the newest backup why today&apos;s automatic backup of the open file could not be written (a Message)</extracomment>
        <translation>Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="399"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="414"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Dashboard</source>
        <extracomment>Returns the translated title. Write it as ``lambda: QCoreApplication.translate(&quot;Pages&quot;, &quot;Title&quot;)`` so that lupdate finds the text. &quot;module:Class&quot;; the class is built as ``Class(db)``. A QStyle.StandardPixmap name (looked up after the first paint: start-up). The navigation, in order. Ctrl+1..9 follow this order.</extracomment>
        <translation>Шолу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Cohorts</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Attendance</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
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
        <location filename="../../ui/pages/participants_model.py" line="172"/>
        <source>Name</source>
        <extracomment>Column -&gt; Participant field (and roster sort key). The Changes of this model&apos;s own last save (the page does not reload for them).</extracomment>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="173"/>
        <source>Name (Latin)</source>
        <translation>Аты-жөні (латынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="174"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="175"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="176"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="177"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="178"/>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="183"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="184"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="185"/>
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
        <location filename="../../ui/pages/participants.py" line="113"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n адам</numerusform>
            <numerusform>%n адам</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="153"/>
        <source>Name (Latin)</source>
        <translation>Аты-жөні (латынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="154"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="155"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="156"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="157"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="158"/>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="165"/>
        <source>Cohorts</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="170"/>
        <source>enrolled</source>
        <translation>тіркелген</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="170"/>
        <source>withdrawn</source>
        <translation>шығарылған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="172"/>
        <source>%1 of %2 hours attended</source>
        <translation>%2 сағаттың %1 сағатына қатысты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="182"/>
        <source>Not enrolled in any cohort.</source>
        <translation>Ешбір топқа тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="184"/>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="189"/>
        <source>valid</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="189"/>
        <source>revoked or replaced</source>
        <translation>кері қайтарылған немесе ауыстырылған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="196"/>
        <source>No certificates yet.</source>
        <translation>Әзірге сертификаттар жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="213"/>
        <source>Added %1</source>
        <translation>Қосылды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="237"/>
        <source>Delete participant</source>
        <translation>Қатысушыны жою</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="238"/>
        <source>Delete %1? People enrolled in a cohort are withdrawn instead.</source>
        <translation>Жою керек пе: %1? Топқа тіркелгендер жойылмайды, олар топтан шығарылады.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="62"/>
        <source>English</source>
        <translation>ағылшынша</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="62"/>
        <source>Russian</source>
        <translation>орысша</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="62"/>
        <source>Kazakh</source>
        <translation>қазақша</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="71"/>
        <source>This computer</source>
        <translation>Осы компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="73"/>
        <source>Language of the app</source>
        <translation>Қолданба тілі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="79"/>
        <source>Names</source>
        <translation>Атаулар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="81"/>
        <source>Programme code</source>
        <translation>Бағдарлама коды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="84"/>
        <source>Programme (%1)</source>
        <translation>Бағдарлама (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="88"/>
        <source>Organisation (%1)</source>
        <translation>Ұйым (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="97"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="98"/>
        <source>Position (English)</source>
        <translation>Лауазымы (ағылшынша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="99"/>
        <source>Position (Russian)</source>
        <translation>Лауазымы (орысша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="101"/>
        <source>Signature image</source>
        <translation>Қолтаңба суреті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="100"/>
        <source>Position (Kazakh)</source>
        <translation>Лауазымы (қазақша)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="112"/>
        <source>Choose signature image…</source>
        <translation>Қолтаңба суретін таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="115"/>
        <source>Signatories and logos</source>
        <translation>Қол қоюшылар мен логотиптер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="123"/>
        <location filename="../../ui/pages/settings.py" line="148"/>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="126"/>
        <source>Logo %1</source>
        <translation>Логотип %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="139"/>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="141"/>
        <source>Serial number pattern</source>
        <translation>Сериялық нөмір үлгісі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="142"/>
        <source>Default template</source>
        <translation>Әдепкі үлгі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="143"/>
        <source>Default languages</source>
        <translation>Әдепкі тілдер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="147"/>
        <source>none: the bundled fonts</source>
        <translation>жоқ: кірістірілген қаріптер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="153"/>
        <source>Own font files</source>
        <translation>Өз қаріп файлдары</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="159"/>
        <source>Open the file&apos;s folder</source>
        <translation>Файл қалтасын ашу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="164"/>
        <source>Back up now</source>
        <translation>Сақтық көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="166"/>
        <source>Open the backups folder</source>
        <translation>Сақтық көшірмелер қалтасын ашу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="168"/>
        <source>Data file and backups</source>
        <translation>Деректер файлы және сақтық көшірмелер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="174"/>
        <source>Backups of this file, newest first:</source>
        <translation>Осы файлдың сақтық көшірмелері, жаңалары басында:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="176"/>
        <source>Restore the chosen backup…</source>
        <translation>Таңдалған көшірмені қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="191"/>
        <source>Save settings</source>
        <translation>Баптауларды сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="268"/>
        <source>daily</source>
        <translation>күнделікті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="269"/>
        <source>made by hand</source>
        <translation>қолмен жасалған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="270"/>
        <source>before a restore</source>
        <translation>қалпына келтіру алдында</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="271"/>
        <source>before an import</source>
        <translation>импорт алдында</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="272"/>
        <source>before an update of the file</source>
        <translation>файлды жаңарту алдында</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="273"/>
        <source>before issuing certificates</source>
        <translation>сертификат беру алдында</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="280"/>
        <source>No backups yet.</source>
        <translation>Әзірге сақтық көшірмелер жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="324"/>
        <source>Settings saved</source>
        <translation>Баптаулар сақталды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="335"/>
        <source>Choose an image</source>
        <translation>Суретті таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="337"/>
        <location filename="../../ui/pages/settings.py" line="356"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="344"/>
        <source>Choose a font file</source>
        <translation>Қаріп файлын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="344"/>
        <source>Fonts (*.ttf *.otf *.ttc)</source>
        <translation>Қаріптер (*.ttf *.otf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="354"/>
        <source>Choose a signature image</source>
        <translation>Қолтаңба суретін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="378"/>
        <source>Backup saved: %1</source>
        <translation>Сақтық көшірме сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="381"/>
        <source>Backing up…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="392"/>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="394"/>
        <source>Replace the open file with the backup %1? The file as it is now is kept in the backups folder first.</source>
        <translation>Ашық файлды %1 сақтық көшірмесімен ауыстыру керек пе? Файлдың қазіргі күйі алдымен сақтық көшірмелер қалтасында сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="411"/>
        <source>Restoring the backup…</source>
        <translation>Сақтық көшірме қалпына келтірілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="412"/>
        <source>Backup restored</source>
        <translation>Сақтық көшірме қалпына келтірілді</translation>
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
</TS>
