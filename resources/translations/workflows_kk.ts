<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="340"/>
        <source>Participant</source>
        <extracomment>Status value -&gt; background colour (the letter comes from the UI language: ui.pages.attendance_keys.MARK_LETTERS). The roles :meth:`AttendanceModel.data` answers. Roles painting asks, in the order of :meth:`AttendanceModel._look`&apos;s answer. A mark&apos;s status as stored in a :class:`ModuleMarks` (0: no mark) and back. Codes up to this one (STATUS_CODE) are attendances: their cells show hours that differ. STATUS_CODE of each row&apos;s mark, 0 when there is none NaN: no score cohort module id -&gt; its column of marks enrollment id -&gt; row (made on the worker: 20,000 entries are not the window&apos;s work) STATUS_CODE -&gt; the letter a cell shows, in the UI language (made once: asked per cell)</extracomment>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="342"/>
        <location filename="../../ui/pages/attendance_model.py" line="349"/>
        <source>%1 h</source>
        <translation>%1 сағ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="344"/>
        <source>Completes?</source>
        <translation>Аяқтай ма?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="348"/>
        <source>required</source>
        <translation>міндетті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="348"/>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="432"/>
        <source>Withdrawn from the cohort</source>
        <translation>Топтан шығарылған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="437"/>
        <source>present</source>
        <translation>қатысты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="438"/>
        <source>late</source>
        <translation>кешікті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="439"/>
        <source>absent</source>
        <translation>қатыспады</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="440"/>
        <source>excused</source>
        <translation>дәлелді себеппен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="462"/>
        <source>score %1</source>
        <translation>балл %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="417"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="417"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="451"/>
        <source>No mark yet: press %1 or type the hours</source>
        <translation>Белгі әлі жоқ: %1 басыңыз не сағатты теріңіз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="456"/>
        <source>%1 — %2, %3 h</source>
        <comment>a cell&apos;s tooltip: the mark&apos;s letter, its word, the hours</comment>
        <translation>%1 — %2, %3 сағ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="473"/>
        <source>Attendance %1% (%2 of %3 h)</source>
        <translation>Қатысу %1% (%3 сағаттың %2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="482"/>
        <source>Meets the cohort&apos;s completion rule.</source>
        <translation>Топты аяқтау ережесіне сай.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="485"/>
        <source>completed</source>
        <translation>аяқтады</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="485"/>
        <source>not completed</source>
        <translation>аяқтамады</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="488"/>
        <source>Overridden as %1: %2</source>
        <translation>Шешім қолмен өзгертілді — %1: %2</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../ui/pages/attendance.py" line="183"/>
        <source>&amp;Cohort:</source>
        <extracomment>the letter an input method composed and that was marked: its commit is no new key</extracomment>
        <translation>&amp;Топ:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="186"/>
        <source>Mark module &amp;present</source>
        <translation>&amp;Модульге қатысты деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="189"/>
        <source>Mark everyone still enrolled present in the current module&apos;s column; then mark the exceptions</source>
        <translation>Ағымдағы модуль бағанында тізімдегілердің бәрін қатысты деп белгілеу; содан кейін ерекшеліктерді белгілеңіз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="194"/>
        <source>&amp;Override…</source>
        <translation>Шешімді &amp;өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="196"/>
        <source>Decide completion for the current participant yourself, with a reason</source>
        <translation>Таңдалған қатысушының аяқтауын өзіңіз шешіңіз, себебін көрсетіп</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="199"/>
        <source>&amp;Score…</source>
        <translation>&amp;Балл…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="201"/>
        <source>Record the current participant&apos;s score in the current module</source>
        <translation>Ағымдағы қатысушының ағымдағы модуль бойынша балын жазу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="206"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="207"/>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="302"/>
        <source>present</source>
        <comment>key hint: the word its letter stands for (ru П, kk Қ, ko 출)</comment>
        <translation>қатысты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="304"/>
        <source>late</source>
        <comment>key hint: the word its letter stands for (ru О, kk К, ko 지)</comment>
        <translation>кешікті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="306"/>
        <source>absent</source>
        <comment>key hint: the word its letter stands for (ru Н, kk Ж, ko 결)</comment>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="309"/>
        <source>excused</source>
        <comment>key hint: the word its letter stands for (ru У, kk С, ko 공)</comment>
        <translation>себепті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="318"/>
        <source>%1 %2</source>
        <comment>key hint: the key(s) to press, then the word of the mark</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="324"/>
        <source>Keys: arrows move · %1 · digits type the hours, Enter opens and saves them · Ctrl+Z undo · Ctrl+Y redo. Hover over “Completes?” for the reasons.</source>
        <translation>Пернелер: жебелер — жылжу · %1 · цифрлар — сағаттарды енгізу, Enter оларды ашады және сақтайды · Ctrl+Z — болдырмау · Ctrl+Y — қайталау. Себептерін көру үшін «Аяқтай ма?» бағанына меңзерді апарыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="443"/>
        <source>Participants: %1</source>
        <translation>Қатысушылар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="453"/>
        <source>This cohort has no modules and no participants yet. On the Cohorts page, add its modules (Add module…) and enrol or import its participants; their attendance is marked here.</source>
        <translation>Бұл топта әлі модульдер де, қатысушылар да жоқ. «Топтар» бетінде оның модульдерін қосыңыз (Модуль қосу…) және қатысушыларын қабылдаңыз немесе импорттаңыз; олардың қатысуы осы жерде белгіленеді.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="461"/>
        <source>This cohort has no modules yet: add them on the Cohorts page (Add module…), then mark attendance here.</source>
        <translation>Бұл топта әлі модульдер жоқ: оларды «Топтар» бетінде қосыңыз (Модуль қосу…), содан кейін қатысуды осында белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="468"/>
        <source>Nobody is enrolled in this cohort yet: import its participants or enrol them on the Cohorts page.</source>
        <translation>Бұл топқа әлі ешкім қабылданбаған: қатысушыларды импорттаңыз немесе оларды «Топтар» бетінде қабылдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="477"/>
        <source>There is no cohort yet. Create one on the Cohorts page, then add its modules and participants; their attendance is marked here.</source>
        <translation>Әзірге топ жоқ. «Топтар» бетінде топ құрыңыз, содан кейін оның модульдері мен қатысушыларын қосыңыз; олардың қатысуы осы жерде белгіленеді.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="559"/>
        <location filename="../../ui/pages/attendance.py" line="622"/>
        <source>Move to a module&apos;s column first</source>
        <translation>Алдымен модуль бағанына өтіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="568"/>
        <source>Mark %1 %2 in %3</source>
        <translation>Белгілеу: %1 — %3 модулінде %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="575"/>
        <source>Mark %1 people %2 in %3</source>
        <translation>%1 адамды белгілеу: %3 модулінде %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="587"/>
        <source>Type %1 h</source>
        <translation>%1 сағ енгізу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="604"/>
        <source>Mark everyone present in %1</source>
        <translation>%1 модулінде бәрін қатысты деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="606"/>
        <source>Marked present in %1: %2 participants. Ctrl+Z undoes it.</source>
        <translation>%1 модулінде қатысты деп белгіленді: %2 қатысушы. Ctrl+Z болдырмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="627"/>
        <source>Mark the participant present or late before the score</source>
        <translation>Алдымен қатысушыны келді немесе кешікті деп белгілеңіз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="632"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="634"/>
        <source>Score of %1 in %2:</source>
        <translation>%1 балы, %2 модулі:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="647"/>
        <source>Score %1 for %2 in %3</source>
        <translation>%1 балл: %2, %3 модулі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="661"/>
        <source>Recorded: %1.</source>
        <translation>Жазылды: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="675"/>
        <source>A withdrawn participant cannot be overridden</source>
        <translation>Шығарылған қатысушының шешімін өзгертуге болмайды</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="155"/>
        <source>Participant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="156"/>
        <source>Eligible</source>
        <translation>Рұқсат етілген</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="157"/>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="158"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="164"/>
        <source>valid</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="165"/>
        <source>revoked</source>
        <translation>кері қайтарылған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="166"/>
        <source>superseded</source>
        <translation>ауыстырылған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="135"/>
        <location filename="../../ui/pages/certificates_data.py" line="173"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="135"/>
        <location filename="../../ui/pages/certificates_data.py" line="174"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="232"/>
        <source>Verification code: %1</source>
        <translation>Тексеру коды: %1</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../ui/pages/certificates.py" line="130"/>
        <source>&amp;Issue to everyone eligible</source>
        <extracomment>Why someone is passed over that is no news: not completed (yet), already holds one.</extracomment>
        <translation>Рұқсат етілгендердің &amp;бәріне беру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="132"/>
        <location filename="../../ui/pages/certificates.py" line="655"/>
        <source>Issue to &amp;selected</source>
        <translation>&amp;Таңдалғандарға беру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="134"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="141"/>
        <source>&amp;E-mail…</source>
        <translation>&amp;Поштамен жіберу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="139"/>
        <source>Open output &amp;folder</source>
        <translation>Файлдар &amp;қалтасын ашу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="136"/>
        <source>Print the selected people&apos;s certificates (select all to print the cohort)</source>
        <translation>Таңдалған адамдардың сертификаттарын басу (бүкіл топты басу үшін бәрін таңдаңыз)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="143"/>
        <source>Open &amp;Badges…</source>
        <translation>Open Badges &amp;белгілері…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="146"/>
        <source>Save the selected people&apos;s certificates as Open Badges 3.0 credentials, for wallets and learning records (none selected: the whole cohort&apos;s)</source>
        <translation>Таңдалған қатысушылардың сертификаттарын цифрлық әмияндар мен оқу есебі жүйелері үшін Open Badges 3.0 тіркелгі деректері ретінде сақтау (ешкім таңдалмаса — бүкіл топтікі)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="151"/>
        <location filename="../../ui/pages/certificates.py" line="652"/>
        <source>Re&amp;issue…</source>
        <translation>Қайта бе&amp;ру…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="153"/>
        <source>A new certificate with the current name; the old one is kept as superseded</source>
        <translation>Ағымдағы аты-жөнімен жаңа сертификат; ескісі ауыстырылған ретінде сақталады</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="156"/>
        <location filename="../../ui/pages/certificates.py" line="653"/>
        <source>Re&amp;voke…</source>
        <translation>Кері &amp;қайтару…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="164"/>
        <source>mm</source>
        <comment>millimetres, after a number</comment>
        <translation>мм</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="168"/>
        <source>Serial number, verification code or QR text</source>
        <translation>Сертификат нөмірі, тексеру коды немесе QR-код мәтіні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="170"/>
        <source>&amp;Verify</source>
        <translation>&amp;Тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="172"/>
        <source>Open a P&amp;DF…</source>
        <translation>P&amp;DF ашу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="205"/>
        <source>&amp;Cohort:</source>
        <translation>&amp;Топ:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="206"/>
        <source>&amp;Template:</source>
        <translation>&amp;Үлгі:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="226"/>
        <source>Print offsets: right</source>
        <translation>Басып шығару ығысуы: оңға</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="228"/>
        <source>down</source>
        <translation>төмен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="231"/>
        <source>Verify a certificate</source>
        <translation>Сертификатты тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="388"/>
        <source>%1 of %2 completed; %3 hold a valid certificate.</source>
        <translation>%2 адамның %1 аяқтады; %3 адамда жарамды сертификат бар.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="395"/>
        <source>Preflight: these texts cannot be printed:</source>
        <translation>Алдын ала тексеру: бұл мәтіндерді басып шығару мүмкін емес:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="402"/>
        <source>Preflight: every name can be drawn by the bundled fonts.</source>
        <translation>Алдын ала тексеру: барлық аты-жөн кірістірілген қаріптермен көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="442"/>
        <source>Rendering %1…</source>
        <translation>Дайындалуда: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="465"/>
        <source>Certificate %1 as issued</source>
        <translation>%1 сертификаты берілген күйінде</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="469"/>
        <source>Preview: not issued yet (serial and QR code come when issued)</source>
        <translation>Алдын ала қарау: әлі берілмеген (нөмір мен QR-код берген кезде шығады)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="471"/>
        <source>Preview only: %1 has not completed (%2)</source>
        <translation>Тек алдын ала қарау: %1 оқуды аяқтамаған (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="515"/>
        <source>Nobody here is waiting for a certificate</source>
        <translation>Мұнда сертификат күтіп отырған ешкім жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="537"/>
        <source>Template: %1</source>
        <translation>Үлгі: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="538"/>
        <source>Paper: %1</source>
        <translation>Қағаз: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="539"/>
        <source>Signed by: %1</source>
        <translation>Қол қояды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="540"/>
        <source>Logos: %1</source>
        <translation>Логотиптер: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="541"/>
        <source>First serial number: %1</source>
        <translation>Бірінші нөмір: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="545"/>
        <source>Issue certificates</source>
        <translation>Сертификаттар беру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="551"/>
        <source>Placeholder content would print:</source>
        <translation>Толтырғыш мазмұн басылады:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="554"/>
        <source>Set the real signatories and logos in Settings first. A SPECIMEN print shows the certificate without using a serial number.</source>
        <translation>Алдымен баптауларда нақты қол қоюшылар мен логотиптерді орнатыңыз. ҮЛГІ басып шығару нөмірді жұмсамай сертификатты көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="558"/>
        <source>Print a &amp;specimen</source>
        <translation>Ү&amp;лгіні басу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="560"/>
        <source>Issue &amp;anyway</source>
        <translation>Бәрібір &amp;беру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="563"/>
        <source>&amp;Issue</source>
        <translation>&amp;Беру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="600"/>
        <source>Issuing certificates…</source>
        <translation>Сертификаттар берілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="633"/>
        <location filename="../../ui/pages/certificates.py" line="853"/>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="633"/>
        <location filename="../../ui/pages/certificates.py" line="854"/>
        <source>No printer is set up on this computer. Add one in the system&apos;s printer settings, then print again.</source>
        <translation>Бұл компьютерде бірде-бір принтер бапталмаған. Жүйе баптауларында принтер қосып, қайта басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="650"/>
        <source>Print certificate %1…</source>
        <translation>%1 сертификатын басу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="706"/>
        <source>These people were skipped: their certificate cannot be made.</source>
        <translation>Бұл қатысушылар өткізіліп жіберілді: олардың сертификатын жасау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="712"/>
        <location filename="../../ui/pages/certificates.py" line="757"/>
        <location filename="../../ui/pages/certificates.py" line="839"/>
        <source>Choose a person who holds a valid certificate</source>
        <translation>Жарамды сертификаты бар адамды таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="721"/>
        <source>Reissue certificate %1</source>
        <translation>%1 сертификатын қайта беру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="724"/>
        <source>Reissue the certificate of %1?</source>
        <translation>Қатысушыға сертификат қайта берілсін бе: %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="726"/>
        <source>Certificate %1 will be marked as superseded and stops being valid.</source>
        <translation>%1 сертификаты ауыстырылған деп белгіленеді және жарамсыз болады.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="728"/>
        <source>A new certificate with a new serial number is issued, with the name as it is now.</source>
        <translation>Жаңа нөмірі бар жаңа сертификат аты-жөнінің қазіргі жазылуымен беріледі.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="730"/>
        <source>This cannot be undone.</source>
        <translation>Бұл әрекетті болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="733"/>
        <source>&amp;Reissue</source>
        <translation>&amp;Қайта беру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="749"/>
        <source>Reissuing…</source>
        <translation>Қайта берілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="768"/>
        <source>Revoke %1</source>
        <translation>%1 кері қайтару</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="760"/>
        <source>Why is certificate %1 of %2 revoked?</source>
        <translation>%2 иесінің %1 сертификаты неге кері қайтарылады?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="486"/>
        <location filename="../../ui/pages/certificates.py" line="790"/>
        <source>Certificate %1 revoked</source>
        <translation>%1 сертификаты кері қайтарылды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="532"/>
        <source>Issue signed, numbered certificates for cohort %1?</source>
        <translation>%1 тобына қол қойылған, нөмірленген сертификаттар берілсін бе?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="535"/>
        <source>Certificates to issue: %1</source>
        <translation>Берілетін сертификаттар саны: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="638"/>
        <location filename="../../ui/pages/certificates.py" line="930"/>
        <source>Print %1</source>
        <translation>Басып шығару: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificates.py" line="683"/>
        <source>%Ln already held one</source>
        <translation>
            <numerusform>%Ln қатысушыда сертификат бұрыннан бар</numerusform>
            <numerusform>%Ln қатысушыда сертификат бұрыннан бар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificates.py" line="685"/>
        <source>%Ln yet to complete the course</source>
        <translation>
            <numerusform>%Ln қатысушы оқуды әлі аяқтаған жоқ</numerusform>
            <numerusform>%Ln қатысушы оқуды әлі аяқтаған жоқ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificates.py" line="687"/>
        <source>%Ln could not be made</source>
        <translation>
            <numerusform>%Ln қатысушының сертификатын жасау мүмкін болмады</numerusform>
            <numerusform>%Ln қатысушының сертификатын жасау мүмкін болмады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificates.py" line="689"/>
        <source>Certificates: %Ln issued</source>
        <translation>
            <numerusform>%Ln сертификат берілді</numerusform>
            <numerusform>%Ln сертификат берілді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="691"/>
        <source>No new certificates issued</source>
        <translation>Жаңа сертификат берілмеді</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="781"/>
        <source>A reason is required: it is shown to whoever checks this certificate.</source>
        <translation>Себебін көрсету міндетті: оны осы сертификатты тексеретін әркім көреді.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="828"/>
        <source>Choose people who hold a valid certificate to print</source>
        <translation>Басу үшін жарамды сертификаты бар адамдарды таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="859"/>
        <source>Print certificate %1</source>
        <translation>%1 сертификатын басу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="861"/>
        <source>Print %1 certificates</source>
        <translation>%1 сертификатты басу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="863"/>
        <source>%1 page(s), one per certificate, each printed whole.</source>
        <translation>%1 бет, әр сертификатқа бір бет, әрқайсысы толық басылады.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="905"/>
        <location filename="../../ui/pages/certificates.py" line="915"/>
        <location filename="../../ui/pages/certificates.py" line="963"/>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="923"/>
        <source>Sent to %1 (%2)</source>
        <translation>%1 принтеріне жіберілді (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="955"/>
        <source>%1 page(s) printed</source>
        <translation>Басылған беттер: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="959"/>
        <source>Printing cancelled</source>
        <translation>Басып шығару тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="990"/>
        <source>Nobody here holds a certificate yet.</source>
        <translation>Мұнда әлі ешкімде сертификат жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="994"/>
        <source>Folder for the Open Badges credentials</source>
        <translation>Open Badges тіркелгі деректеріне арналған қалта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="1003"/>
        <source>%1 Open Badges credential(s) saved in %2</source>
        <translation>Open Badges тіркелгі деректері сақталды: %1, қалта: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="1016"/>
        <source>Verify a certificate PDF</source>
        <translation>Сертификат PDF файлын тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="1016"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="1039"/>
        <source>GENUINE: %1, %2, cohort %3, %4 h</source>
        <translation>ТҮПНҰСҚА: %1, %2, топ %3, %4 сағ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="1054"/>
        <source>REJECTED: %1</source>
        <translation>ҚАБЫЛДАНБАДЫ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="312"/>
        <source>There is no cohort yet. Create one on the Cohorts page, then import or add its participants; their certificates are made here.</source>
        <translation>Әзірге топ жоқ. «Топтар» бетінде топ құрыңыз, содан кейін оның қатысушыларын импорттаңыз немесе қосыңыз; олардың сертификаттары осы жерде беріледі.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="417"/>
        <source>No participants in this cohort yet. Import a spreadsheet or add them on the Participants page; their certificates are made here.</source>
        <translation>Бұл топта әзірге қатысушылар жоқ. Кестені импорттаңыз немесе оларды «Қатысушылар» бетінде қосыңыз; олардың сертификаттары осы жерде беріледі.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="481"/>
        <source>Certificate %1 was revoked on %2: %3</source>
        <translation>%1 сертификаты %2 кері қайтарылды: %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="489"/>
        <source>Certificate %1 was replaced by a newer one</source>
        <translation>%1 сертификаты жаңасымен ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="491"/>
        <source>Preview of a new certificate: not issued yet</source>
        <translation>Жаңа сертификатты алдын ала қарау: әлі берілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="493"/>
        <source>%1 has not completed (%2)</source>
        <translation>%1 оқуды аяқтамаған (%2)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="244"/>
        <source>Correct row %1</source>
        <translation>%1-жолды түзету</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="269"/>
        <source>Check again</source>
        <translation>Қайта тексеру</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="56"/>
        <source>Choose the spreadsheet</source>
        <translation>Кестені таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="59"/>
        <source>A participant list in .xlsx, .xls, .ods, .csv or .txt; you can also drop the file on the main window.</source>
        <translation>.xlsx, .xls, .ods, .csv не .txt пішіміндегі қатысушылар тізімі; файлды негізгі терезеге сүйреп әкелуге де болады.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="65"/>
        <source>Type or paste the file&apos;s path, or browse</source>
        <translation>Файлдың жолын енгізіңіз не қойыңыз, немесе файлды таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="74"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="80"/>
        <source>(do not enroll)</source>
        <translation>(тіркемеу)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="84"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="85"/>
        <source>Enroll everyone in:</source>
        <translation>Бәрін тіркеу:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="91"/>
        <source>Choose a participant list</source>
        <translation>Қатысушылар тізімін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="93"/>
        <source>Spreadsheets (%1);;All files (*)</source>
        <translation>Кестелер (%1);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="108"/>
        <source>There is no file %1.</source>
        <translation>%1 файлы жоқ.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../ui/pages/import_models.py" line="51"/>
        <source>new participant</source>
        <translation>жаңа қатысушы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="52"/>
        <source>update</source>
        <translation>жаңарту</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="53"/>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="54"/>
        <source>merged into a later row</source>
        <translation>кейінгі жолмен біріктірілді</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="233"/>
        <source>check by hand: %1</source>
        <translation>қолмен тексеріңіз: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="252"/>
        <source>(and more people with a name like this: %1)</source>
        <translation>(және осындай аты бар тағы адамдар: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="55"/>
        <source>skipped</source>
        <translation>өткізілді</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="56"/>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/pages/import_models.py" line="33"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="34"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="35"/>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="36"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="37"/>
        <source>Name in Latin letters</source>
        <translation>Латынша аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="38"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="39"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="40"/>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="41"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="42"/>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="43"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="44"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="358"/>
        <source>%1 new</source>
        <translation>жаңа: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="359"/>
        <source>%1 updated</source>
        <translation>жаңартылды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="360"/>
        <source>%1 unchanged</source>
        <translation>өзгеріссіз: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="364"/>
        <source>%1 merged</source>
        <translation>біріктірілді: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="367"/>
        <source>%1 skipped</source>
        <translation>өткізілді: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="368"/>
        <source>%1 rejected</source>
        <translation>қабылданбады: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="373"/>
        <source>Rows describing the same person as a later row are merged into it (the later row wins): rows %1.</source>
        <translation>Кейінгі жолдағы адамды сипаттайтын жолдар сол жолмен біріктірілді (кейінгі жол басым): %1-жолдар.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="380"/>
        <source>Rows that look like someone already known: %1; like another row of this file: %2. They are imported as separate people, marked orange to check by hand.</source>
        <translation>Бұрыннан белгілі адамға ұқсайтын жолдар: %1; осы файлдың басқа жолына ұқсайтындар: %2. Олар бөлек адамдар ретінде импортталады және қолмен тексеру үшін қызғылт сарымен белгіленген.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="386"/>
        <source>Rows that look like someone already known: %1. They are imported as separate people, marked orange to check by hand.</source>
        <translation>Бұрыннан белгілі адамға ұқсайтын жолдар: %1. Олар бөлек адамдар ретінде импортталады және қолмен тексеру үшін қызғылт сарымен белгіленген.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="392"/>
        <source>Rows that look like another row of this file: %1. They are imported as separate people, marked orange to check by hand.</source>
        <translation>Осы файлдың басқа жолына ұқсайтын жолдар: %1. Олар бөлек адамдар ретінде импортталады және қолмен тексеру үшін қызғылт сарымен белгіленген.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="71"/>
        <source>Something went wrong; see the details dialog.</source>
        <extracomment>A preview of at most this many rows wraps its reasons (Qt measures every row&apos;s height).</extracomment>
        <translation>Бірдеңе дұрыс болмады; толығырақ — бөлек терезеде.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="408"/>
        <source>Import participants</source>
        <extracomment>cells corrected in the preview: row number -&gt; {0-based column: text}</extracomment>
        <translation>Қатысушыларды импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="452"/>
        <location filename="../../ui/pages/import_wizard.py" line="475"/>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="459"/>
        <source>Found sheet “%1”, header in row %2, %3 columns recognised.</source>
        <translation>«%1» парағы табылды, тақырып %2-жолда, танылған бағандар: %3.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="202"/>
        <source>Which column is which</source>
        <translation>Қай бағанда не бар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="205"/>
        <source>The guess is shown; change any column. Your choice is remembered for the next list from the same form.</source>
        <translation>Болжам көрсетілген; кез келген бағанды өзгертуге болады. Таңдауыңыз сол пішіннің келесі тізімі үшін есте сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="213"/>
        <source>Column in the file</source>
        <translation>Файлдағы баған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="213"/>
        <source>Example</source>
        <translation>Мысал</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="213"/>
        <source>Participant field</source>
        <translation>Қатысушы өрісі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="245"/>
        <source>— not imported —</source>
        <translation>— импорттамау —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="253"/>
        <source>This form was imported before: its remembered mapping is used.</source>
        <translation>Бұл пішін бұрын импортталған: бағандардың есте сақталған сәйкестігі қолданылады.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="257"/>
        <source>Recognised as an export of %1.</source>
        <translation>%1 жүйесінен алынған экспорт ретінде танылды.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="28"/>
        <source>Override completion</source>
        <translation>Аяқтау туралы шешімді өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="33"/>
        <source>&amp;Completed</source>
        <translation>&amp;Аяқтады</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="34"/>
        <source>&amp;Not completed</source>
        <translation>Аяқта&amp;мады</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="40"/>
        <source>Why is the rule&apos;s result changed? (required, kept in the audit trail)</source>
        <translation>Ереже нәтижесі неге өзгертілді? (міндетті, өзгерістер журналында сақталады)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="51"/>
        <source>C&amp;lear override</source>
        <translation>Қолмен шешімді &amp;алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="60"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../ui/pages/import_models.py" line="272"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="273"/>
        <source>What happens</source>
        <translation>Не болады</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="274"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="275"/>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="276"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="94"/>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="97"/>
        <source>What the import will do with each row. Rejected rows are red: correct them here and check again. Nothing is written yet.</source>
        <translation>Импорт әр жолмен не істейтіні. Қабылданбаған жолдар қызыл: оларды осында түзетіп, қайта тексеріңіз. Әзірге ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="102"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="115"/>
        <source>&amp;Correct the row…</source>
        <translation>Жолды &amp;түзету…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="119"/>
        <source>C&amp;heck again</source>
        <translation>Қа&amp;йта тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="150"/>
        <source>Checking every row…</source>
        <translation>Әр жол тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="157"/>
        <source>Checking the rows…</source>
        <translation>Жолдар тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="193"/>
        <source>Checking was cancelled. Check again to see what the import would do.</source>
        <translation>Тексеру тоқтатылды. Импорт не істейтінін көру үшін қайта тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="205"/>
        <source>Row %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
</context>
<context>
    <name>PrinterChoice</name>
    <message>
        <location filename="../../ui/pdf_print.py" line="146"/>
        <source>%1 (default)</source>
        <extracomment>Rows of printer pixels rendered at a time: a page never sits whole in memory.</extracomment>
        <translation>%1 (әдепкі)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="152"/>
        <source>Choose a printer</source>
        <translation>Принтерді таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="154"/>
        <source>No printer found</source>
        <translation>Принтер табылмады</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="160"/>
        <source>No printer was found on this computer. Add one in the system&apos;s printer settings, then print again.</source>
        <extracomment>Why OK is off until a printer is chosen, and what to do (None: one is chosen).</extracomment>
        <translation>Бұл компьютерде принтер табылмады. Жүйенің принтер баптауларында принтер қосып, қайта басып шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="166"/>
        <source>This computer has no default printer: choose the one to print on.</source>
        <translation>Бұл компьютерде әдепкі принтер жоқ: қайсысында басып шығаратыныңызды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="173"/>
        <source>all, or e.g. 1-3,7</source>
        <translation>барлығы немесе, мысалы, 1-3,7</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="184"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Принтер:</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="187"/>
        <source>P&amp;ages:</source>
        <translation>&amp;Беттер:</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="188"/>
        <source>&amp;Copies:</source>
        <translation>&amp;Дана саны:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="308"/>
        <source>&amp;Save as .xlsx…</source>
        <translation>.xlsx ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="310"/>
        <source>&amp;Open the saved file</source>
        <translation>Сақталған файлды &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="401"/>
        <source>&amp;Report for:</source>
        <translation>&amp;Есеп:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="405"/>
        <source>&amp;Table:</source>
        <translation>&amp;Кесте:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="403"/>
        <source>Report &amp;language:</source>
        <translation>Есеп &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="300"/>
        <source>The language the report is written in</source>
        <extracomment>Whether the sign-in sheets&apos; row is shown (remembered). A text column whose texts are wider than this (names, organisations, reasons) may end in &quot;…&quot; when the page is narrow; narrower ones (marks, countries, genders) are always whole. What a cut text column keeps at least (or its header&apos;s width, when more). Rows the table shows at least: its rows are as many lines high (long texts wrap, up to table_fit.MAX_LINES) as leaves room for this many, one line on a 1366×768 laptop. Rows measured from the top of a table (what is seen first), and at most this many more spread evenly over the rest (a 20,000-row matrix sorted by name: the long names may be anywhere). Of a long table&apos;s names, the longest this many (by length) are measured too. Room beside a cell&apos;s text. column -&gt; the header shown when it differs from the report&apos;s (a module&apos;s code, a title on two lines); the report&apos;s whole header is the tooltip for each table, the longest of its names (measured with the sample) the codes of the modules the tables may name (their columns are headed by the code) the count running (or last run) for the preview; a newer one cancels it the last count was cancelled: the preview is empty until counted again the pages of the sign-in sheet made last</extracomment>
        <translation>Есеп жазылатын тіл</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="392"/>
        <source>Sign-in sheets</source>
        <extracomment>what the table&apos;s columns were last fitted with (fitted again when the rows&apos; lines change with the page&apos;s height) the columns (by title) the user brought into the table, the last asked last, and those the user took out (the header&apos;s menu, columns_menu) the modules&apos; whole titles, for a table whose columns are headed by module codes which columns a narrow page leaves out (a completion matrix at 1366 pixels) the selected row&apos;s texts that the table leaves out or cuts, whole the cohort whose modules the sign-in sheets&apos; module chooser holds (None: loading) shows and hides the sign-in sheets&apos; row (hidden at first: the table&apos;s room)</extracomment>
        <translation>Тіркеу парақтары</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="448"/>
        <source>Make &amp;PDF…</source>
        <translation>&amp;PDF жасау…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="450"/>
        <source>Op&amp;en</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="451"/>
        <source>P&amp;rint…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="464"/>
        <source>Cohort:</source>
        <extracomment>why no sheet can be made (a cohort without modules), below the choices</extracomment>
        <translation>Топ:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="466"/>
        <source>Module:</source>
        <translation>Модуль:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="477"/>
        <source>Sign-in sheets are not available in this version.</source>
        <translation>Бұл нұсқада тіркеу парақтары жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="538"/>
        <source>All cohorts of the programme</source>
        <translation>Бағдарламаның барлық топтары</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="617"/>
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="313"/>
        <source>&amp;Count again</source>
        <translation>&amp;Қайта есептеу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="315"/>
        <source>Count the report again (the count was cancelled)</source>
        <translation>Есепті қайта есептеу (есептеу тоқтатылды)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="629"/>
        <source>The count was cancelled; press Count again to see the numbers.</source>
        <translation>Есептеу тоқтатылды; сандарды көру үшін «Қайта есептеу» түймесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="632"/>
        <source>Counting cancelled</source>
        <translation>Есептеу тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="896"/>
        <source>Saving cancelled; no file was written.</source>
        <translation>Сақтау тоқтатылды; файл жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="879"/>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="524"/>
        <source>No cohorts yet: create the first cohort on the Cohorts page and add its participants; its report appears here.</source>
        <translation>Топтар әлі жоқ: «Топтар» бетінде алғашқы топты құрып, оның қатысушыларын қосыңыз; оның есебі осында шығады.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="594"/>
        <source>This cohort has no modules yet: add them on the Cohorts page (Add module…), then make its sign-in sheets here.</source>
        <translation>Бұл топта әлі модульдер жоқ: оларды «Топтар» бетінде қосыңыз (Модуль қосу…), содан кейін оның тіркеу парақтарын осында жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="645"/>
        <source>No participants in this cohort yet: import a list or enrol them on the Cohorts page; their report appears here.</source>
        <translation>Бұл топта әзірге қатысушылар жоқ: тізімді импорттаңыз немесе оларды «Топтар» бетінде қабылдаңыз; олардың есебі осы жерде шығады.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="865"/>
        <source>Not shown for lack of room (in the saved file, and below the table for the selected row; right-click the headers to choose the columns): %1</source>
        <translation>Бетке сыймады (сақталған файлда бар, ал таңдалған жол үшін — кестенің астында; бағандарды таңдау үшін тақырыпты тінтуірдің оң жақ батырмасымен басыңыз): %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="879"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="893"/>
        <source>Writing the report…</source>
        <translation>Есеп жазылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="904"/>
        <source>Report saved to %1</source>
        <translation>Есеп сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="942"/>
        <source>Save the sign-in sheet</source>
        <translation>Тіркеу парағын сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="942"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="956"/>
        <source>Making the sign-in sheet…</source>
        <translation>Тіркеу парағы жасалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="966"/>
        <source>Sign-in sheet saved to %1</source>
        <translation>Тіркеу парағы сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="977"/>
        <source>Print %1</source>
        <translation>Басып шығару: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="983"/>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="986"/>
        <source>%1 page(s) printed</source>
        <translation>Басылған беттер: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="989"/>
        <source>Printing cancelled</source>
        <translation>Басып шығару тоқтатылды</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="278"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="282"/>
        <source>&amp;Save rejected rows…</source>
        <translation>Қабылданбаған жолдарды &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="285"/>
        <source>Write the rejected rows with a reason column; fix them and import the file again</source>
        <translation>Қабылданбаған жолдарды себеп бағанымен жазу; оларды түзетіп, файлды қайта импорттаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="304"/>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="307"/>
        <source>Importing participants…</source>
        <translation>Қатысушылар импортталуда…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="329"/>
        <source>Import finished.</source>
        <translation>Импорт аяқталды.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="332"/>
        <source>%1 enrolled in the cohort.</source>
        <translation>Топқа тіркелді: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="336"/>
        <source>The file was copied aside first: %1</source>
        <translation>Импорт алдында файлдың көшірмесі жасалды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="344"/>
        <source>Nothing was imported.</source>
        <translation>Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="348"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Импорт тоқтатылды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="364"/>
        <source>Save rejected rows</source>
        <translation>Қабылданбаған жолдарды сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="366"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel кітабы (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="385"/>
        <source>Rejected rows saved to %1</source>
        <translation>Қабылданбаған жолдар сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="382"/>
        <source>Rows that look like someone already known: %1; like another row of this file: %2. Each was imported as a separate person; they are listed below with whom they look like.</source>
        <translation>Бұрыннан белгілі адамға ұқсайтын жолдар: %1; осы файлдың басқа жолына ұқсайтындар: %2. Әрқайсысы бөлек адам ретінде импортталды; төменде олар кімге ұқсайтынымен бірге көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="388"/>
        <source>Rows that look like someone already known: %1. Each was imported as a separate person; they are listed below with whom they look like.</source>
        <translation>Бұрыннан белгілі адамға ұқсайтын жолдар: %1. Әрқайсысы бөлек адам ретінде импортталды; төменде олар кімге ұқсайтынымен бірге көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="393"/>
        <source>Rows that look like another row of this file: %2. Each was imported as a separate person; they are listed below with whom they look like.</source>
        <translation>Осы файлдың басқа жолына ұқсайтын жолдар: %2. Әрқайсысы бөлек адам ретінде импортталды; төменде олар кімге ұқсайтынымен бірге көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="416"/>
        <source>Row %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="130"/>
        <source>Sheet and header row</source>
        <translation>Парақ және тақырып жолы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="133"/>
        <source>Check that the list starts under the header row. Change the sheet or the row if they were guessed wrong.</source>
        <translation>Тізім тақырып жолының астынан басталатынын тексеріңіз. Парақ не жол қате анықталса, оларды өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="145"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Парақ:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="146"/>
        <source>&amp;Header row:</source>
        <translation>&amp;Тақырып жолы:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="166"/>
        <source>(hidden)</source>
        <translation>(жасырын)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="177"/>
        <source>Header row %1 of sheet “%2”; the first rows under it:</source>
        <translation>«%2» парағындағы %1-тақырып жолы; оның астындағы алғашқы жолдар:</translation>
    </message>
</context>
</TS>
