<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>Messages</name>
    <message>
        <source>Enrollment #{enrollment} does not belong to this module's cohort.</source>
        <comment>attendance.enrollment_not_in_cohort</comment>
        <translation>#{enrollment} жазылуы осы модульдің тобына жатпайды.</translation>
    </message>
    <message>
        <source>Hours attended cannot be negative.</source>
        <comment>attendance.negative_hours</comment>
        <translation>Қатысу сағаттары теріс бола алмайды.</translation>
    </message>
    <message>
        <source>A score cannot be negative.</source>
        <comment>attendance.negative_score</comment>
        <translation>Балл теріс бола алмайды.</translation>
    </message>
    <message>
        <source>An {status} mark records no hours (got {hours:g} h for {module}).</source>
        <comment>attendance.no_hours_for_status</comment>
        <translation>«{status}» белгісі сағатты есептемейді ({module} үшін {hours:g} сағ көрсетілген).</translation>
    </message>
    <message>
        <source>'{value}' is not an attendance status (present, late, absent or excused).</source>
        <comment>attendance.not_a_status</comment>
        <translation>«{value}» қатысу белгісі емес (present, late, absent немесе excused).</translation>
    </message>
    <message>
        <source>{name} ({ref}) is not enrolled in {cohort}.</source>
        <comment>attendance.not_enrolled</comment>
        <translation>{name} ({ref}) {cohort} тобына жазылмаған.</translation>
    </message>
    <message>
        <source>That person is not enrolled in the cohort running this module.</source>
        <comment>attendance.not_in_module_cohort</comment>
        <translation>Бұл адам осы модуль өтетін топқа жазылмаған.</translation>
    </message>
    <message>
        <source>{hours:g} h is more than module {module} lasts ({lasts:g} h).</source>
        <comment>attendance.too_many_hours</comment>
        <translation>{hours:g} сағ {module} модулінің ұзақтығынан ({lasts:g} сағ) көп.</translation>
    </message>
    <message>
        <source>attendance {share} is below {minimum}</source>
        <comment>completion.attendance_below</comment>
        <translation>қатысу {share}, бұл {minimum} деңгейінен төмен</translation>
    </message>
    <message>
        <source>missed required module {module}</source>
        <comment>completion.missed_required</comment>
        <translation>міндетті {module} модулі өткізіп алынды</translation>
    </message>
    <message>
        <source>no attendance recorded yet</source>
        <comment>completion.no_attendance_yet</comment>
        <translation>қатысу әлі белгіленбеген</translation>
    </message>
    <message>
        <source>the cohort has no module hours to attend</source>
        <comment>completion.no_module_hours</comment>
        <translation>топта модуль сағаттары жоқ</translation>
    </message>
    <message>
        <source>no score recorded for {module}</source>
        <comment>completion.no_score</comment>
        <translation>{module} бойынша балл жоқ</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>completion.not_eligible_withdrawn</comment>
        <translation>шығарылды</translation>
    </message>
    <message>
        <source>marked as not completed ({reason})</source>
        <comment>completion.overridden_not_completed</comment>
        <translation>аяқтамады деп белгіленді ({reason})</translation>
    </message>
    <message>
        <source>An override needs a reason (say why the rule's result is changed).</source>
        <comment>completion.override_needs_reason</comment>
        <translation>Қолмен шешім үшін себеп керек (ереже нәтижесі неге өзгертілгенін жазыңыз).</translation>
    </message>
    <message>
        <source>This person was withdrawn from the cohort; re-enroll them first.</source>
        <comment>completion.override_withdrawn</comment>
        <translation>Бұл адам топтан шығарылған; алдымен оны қайта жазыңыз.</translation>
    </message>
    <message>
        <source>no attendance recorded for required module {module}</source>
        <comment>completion.required_not_recorded</comment>
        <translation>міндетті {module} модулі бойынша қатысу белгіленбеген</translation>
    </message>
    <message>
        <source>the completion rule is not met</source>
        <comment>completion.rule_not_met</comment>
        <translation>аяқтау ережесі орындалмады</translation>
    </message>
    <message>
        <source>score {score} in {module} is below {minimum}</source>
        <comment>completion.score_below</comment>
        <translation>{module} бойынша {score} балл {minimum} деңгейінен төмен</translation>
    </message>
    <message>
        <source>A cohort runs {count} modules; completion is evaluated for at most {most}.</source>
        <comment>completion.too_many_modules</comment>
        <translation>Топта {count} модуль бар; аяқтау ең көбі {most} модуль үшін бағаланады.</translation>
    </message>
    <message>
        <source>withdrawn from the cohort</source>
        <comment>completion.withdrawn</comment>
        <translation>топтан шығарылды</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <comment>file.not_found</comment>
        <translation>{path}: мұндай файл жоқ.</translation>
    </message>
    <message>
        <source>another country</source>
        <comment>import.another_country</comment>
        <translation>басқа ел</translation>
    </message>
    <message>
        <source>another e-mail</source>
        <comment>import.another_email</comment>
        <translation>басқа эл. пошта</translation>
    </message>
    <message>
        <source>another organization</source>
        <comment>import.another_organization</comment>
        <translation>басқа ұйым</translation>
    </message>
    <message>
        <source>--map expects FIELD=COLUMN, not '{item}' (fields: {fields}).</source>
        <comment>import.bad_map</comment>
        <translation>--map ӨРІС=БАҒАН түрін күтеді, «{item}» емес (өрістер: {fields}).</translation>
    </message>
    <message>
        <source>blank</source>
        <comment>import.blank</comment>
        <translation>бос жол</translation>
    </message>
    <message>
        <source>the header row repeated</source>
        <comment>import.header_repeated</comment>
        <translation>тақырып жолы қайталанды</translation>
    </message>
    <message>
        <source>'{text}' is not a valid e-mail address: {detail}</source>
        <comment>import.invalid_email</comment>
        <translation>«{text}» дұрыс эл. пошта мекенжайы емес: {detail}</translation>
    </message>
    <message>
        <source>looks like the same person ({differences}); imported as a separate person, decide whether to merge</source>
        <comment>import.looks_like</comment>
        <translation>сол адамға ұқсайды ({differences}); жеке адам ретінде импортталды, біріктіру керегін шешіңіз</translation>
    </message>
    <message>
        <source>{file}: no participant columns found (looked for a header row naming at least a name and one more field, such as ФИО / Full name, E-mail, Страна / Country).</source>
        <comment>import.no_columns</comment>
        <translation>{file}: қатысушы бағандары табылмады (кемінде аты және тағы бір өріс аталған тақырып жолы ізделді, мысалы ФИО / Full name, E-mail, Страна / Country).</translation>
    </message>
    <message>
        <source>name the header row with --header-row N and the columns with --map</source>
        <comment>import.no_columns_hint</comment>
        <translation>тақырып жолын --header-row N арқылы, бағандарды --map арқылы көрсетіңіз</translation>
    </message>
    <message>
        <source>{file} is empty: there is no list in it.</source>
        <comment>import.no_list</comment>
        <translation>{file} бос: онда тізім жоқ.</translation>
    </message>
    <message>
        <source>no name</source>
        <comment>import.no_name</comment>
        <translation>аты жоқ</translation>
    </message>
    <message>
        <source>{file}: no column holds the participants' names (columns: {columns}).</source>
        <comment>import.no_name_column</comment>
        <translation>{file}: қатысушылардың аттары ешбір бағанда жоқ (бағандар: {columns}).</translation>
    </message>
    <message>
        <source>name it with --map full_name=COLUMN</source>
        <comment>import.no_name_column_hint</comment>
        <translation>оны --map full_name=БАҒАН арқылы көрсетіңіз</translation>
    </message>
    <message>
        <source>no participant data</source>
        <comment>import.no_participant_data</comment>
        <translation>қатысушы деректері жоқ</translation>
    </message>
    <message>
        <source>--map: {file} has no column '{ref}' in its header row (columns: {columns}).</source>
        <comment>import.no_such_column</comment>
        <translation>--map: {file} тақырып жолында «{ref}» бағаны жоқ (бағандар: {columns}).</translation>
    </message>
    <message>
        <source>{file}: sheet '{sheet}' has {rows} rows; there is no header row {row}.</source>
        <comment>import.no_such_header_row</comment>
        <translation>{file}: «{sheet}» парағында {rows} жол бар; {row} тақырып жолы жоқ.</translation>
    </message>
    <message>
        <source>{file} has no sheet named '{sheet}' (sheets: {sheets}).</source>
        <comment>import.no_such_sheet</comment>
        <translation>{file} ішінде «{sheet}» парағы жоқ (парақтар: {sheets}).</translation>
    </message>
    <message>
        <source>not a data row</source>
        <comment>import.not_a_data_row</comment>
        <translation>деректер жолы емес</translation>
    </message>
    <message>
        <source>--map: '{field}' is not a participant field (fields: {fields}).</source>
        <comment>import.not_a_field</comment>
        <translation>--map: «{field}» қатысушы өрісі емес (өрістер: {fields}).</translation>
    </message>
    <message>
        <source>not a valid e-mail address: {detail}</source>
        <comment>import.not_an_email</comment>
        <translation>эл. пошта мекенжайы қате: {detail}</translation>
    </message>
    <message>
        <source>{file}: the header is on row {row} but no rows follow it.</source>
        <comment>import.nothing_under_header</comment>
        <translation>{file}: тақырып {row}-жолда, бірақ одан кейін жол жоқ.</translation>
    </message>
    <message>
        <source>same name</source>
        <comment>import.same_name</comment>
        <translation>сол аты</translation>
    </message>
    <message>
        <source>rows describe the same person (same e-mail, or same name, country and organization); merged, the later row wins</source>
        <comment>import.same_person_in_file</comment>
        <translation>жолдар бір адамды сипаттайды (эл. поштасы бірдей немесе аты, елі мен ұйымы бірдей); біріктірілді, төменгі жол күшінде</translation>
    </message>
    <message>
        <source>a later row describes the same person</source>
        <comment>import.same_person_later</comment>
        <translation>сол адам төмендегі жолда сипатталған</translation>
    </message>
    <message>
        <source>the name is spelled differently</source>
        <comment>import.spelled_differently</comment>
        <translation>аты басқаша жазылған</translation>
    </message>
    <message>
        <source>{file}: {count} rows rejected; with --strict nothing was imported.</source>
        <comment>import.strict_rejected</comment>
        <translation>{file}: қабылданбаған жолдар: {count}; --strict кезінде ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{file}: {count} row rejected; with --strict nothing was imported.</source>
        <comment>import.strict_rejected_one</comment>
        <translation>{file}: {count} жол қабылданбады; --strict кезінде ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>unknown country '{value}'</source>
        <comment>import.unknown_country</comment>
        <translation>белгісіз ел «{value}»</translation>
    </message>
    <message>
        <source>unknown gender '{value}' (use female, male or leave empty)</source>
        <comment>import.unknown_gender</comment>
        <translation>белгісіз жыныс «{value}» (әйел, ер деп көрсетіңіз немесе бос қалдырыңыз)</translation>
    </message>
    <message>
        <source>{count} people in {cohort} have this name; add their e-mail</source>
        <comment>signin.ambiguous_name</comment>
        <translation>{cohort} тобында бұл атпен {count} адам бар; олардың эл. поштасын қосыңыз</translation>
    </message>
    <message>
        <source>{path} is a folder, not a sign-in sheet.</source>
        <comment>signin.is_folder</comment>
        <translation>{path} — бұл қалта, қатысу парағы емес.</translation>
    </message>
    <message>
        <source>has marks but no name or e-mail; row skipped</source>
        <comment>signin.marks_without_person</comment>
        <translation>белгілер бар, бірақ аты да, эл. поштасы да жоқ; жол өткізіп жіберілді</translation>
    </message>
    <message>
        <source>hours cannot be negative</source>
        <comment>signin.negative_hours</comment>
        <translation>сағат саны теріс бола алмайды</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <comment>signin.no_file</comment>
        <translation>{path} жоқ.</translation>
    </message>
    <message>
        <source>{file}: no row in the first {rows} names a module of cohort {cohort} (its modules: {modules}); put module codes or titles over the mark columns.</source>
        <comment>signin.no_module_row</comment>
        <translation>{file}: алғашқы {rows} жолдың ешқайсысы {cohort} тобының модулін атамайды (оның модульдері: {modules}); белгі бағандарының үстіне модуль кодтарын немесе атауларын жазыңыз.</translation>
    </message>
    <message>
        <source>{file}, row {row}: there is no column of names (e.g. 'ФИО', 'Full name') or e-mails to tell who each row is.</source>
        <comment>signin.no_person_column</comment>
        <translation>{file}, {row}-жол: әр жолда кім екенін анықтайтын аттар (мысалы, «ФИО», «Full name») немесе эл. пошта бағаны жоқ.</translation>
    </message>
    <message>
        <source>is not a mark this import knows (use +, П/Н, present/absent or hours)</source>
        <comment>signin.not_a_mark</comment>
        <translation>бұл белгі танылмайды (+, П/Н, present/absent немесе сағаттарды қолданыңыз)</translation>
    </message>
    <message>
        <source>is already on row {row}; this row is skipped</source>
        <comment>signin.repeated_row</comment>
        <translation>{row}-жолда бар; бұл жол өткізіп жіберілді</translation>
    </message>
    <message>
        <source>{file} -&gt; {cohort}: {rows} rows, {matched} people matched; marks: {created} new, {updated} changed, {unchanged} unchanged (dry run: nothing written); {problems} problems would be skipped.</source>
        <comment>signin.summary_dry_run</comment>
        <translation>{file} -&gt; {cohort}: {rows} жол, {matched} адам табылды; белгілер: {created} жаңа, {updated} өзгерді, {unchanged} өзгеріссіз (сынақ: ештеңе жазылмады); {problems} мәселе өткізіп жіберіледі.</translation>
    </message>
    <message>
        <source>{file} -&gt; {cohort}: {rows} rows, {matched} people matched; marks: {created} new, {updated} changed, {unchanged} unchanged (saved); {problems} problems were skipped.</source>
        <comment>signin.summary_saved</comment>
        <translation>{file} -&gt; {cohort}: {rows} жол, {matched} адам табылды; белгілер: {created} жаңа, {updated} өзгерді, {unchanged} өзгеріссіз (сақталды); {problems} мәселе өткізіп жіберілді.</translation>
    </message>
    <message>
        <source>{hours:g} h is more than the module lasts ({lasts:g} h)</source>
        <comment>signin.too_many_hours</comment>
        <translation>{hours:g} сағ модуль ұзақтығынан ({lasts:g} сағ) көп</translation>
    </message>
    <message>
        <source>{file}, row {row}: columns {first} and {second} both name module {module}.</source>
        <comment>signin.two_columns_one_module</comment>
        <translation>{file}, {row}-жол: {first} және {second} бағандары бір {module} модулін атайды.</translation>
    </message>
    <message>
        <source>no one in {cohort} has this e-mail</source>
        <comment>signin.unknown_email</comment>
        <translation>{cohort} тобында бұл эл. поштамен ешкім жоқ</translation>
    </message>
    <message>
        <source>no one in {cohort} has this e-mail or the name '{name}'</source>
        <comment>signin.unknown_email_or_name</comment>
        <translation>{cohort} тобында бұл эл. поштамен немесе «{name}» атымен ешкім жоқ</translation>
    </message>
    <message>
        <source>no one in {cohort} has this name</source>
        <comment>signin.unknown_name</comment>
        <translation>{cohort} тобында бұл атпен ешкім жоқ</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet: {detail}</source>
        <comment>signin.unreadable</comment>
        <translation>{file} кесте ретінде оқылмайды: {detail}</translation>
    </message>
    <message>
        <source>{file} cannot be read as CSV: {detail}</source>
        <comment>signin.unreadable_csv</comment>
        <translation>{file} CSV ретінде оқылмайды: {detail}</translation>
    </message>
    <message>
        <source>was withdrawn from {cohort}; marks not imported</source>
        <comment>signin.withdrawn</comment>
        <translation>{cohort} тобынан шығарылған; белгілер импортталмады</translation>
    </message>
    <message>
        <source>{file}: sign-in sheets are read from .xlsx, .ods, .xls or .csv files.</source>
        <comment>signin.wrong_kind</comment>
        <translation>{file}: қатысу парақтары .xlsx, .ods, .xls немесе .csv файлдарынан оқылады.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet or text list (it holds binary data).</source>
        <comment>spreadsheet.binary</comment>
        <translation>{file} кесте де, мәтіндік тізім де емес (онда екілік деректер бар).</translation>
    </message>
    <message>
        <source>{file}: cell {cell} holds {count:,} characters; this is not a participant list.</source>
        <comment>spreadsheet.cell_too_long</comment>
        <translation>{file}: {cell} ұяшығында {count:,} таңба бар; бұл қатысушылар тізімі емес.</translation>
    </message>
    <message>
        <source>{file}: sheet '{sheet}', cell {cell} holds {count:,} characters; this is not a participant list.</source>
        <comment>spreadsheet.cell_too_long_in_sheet</comment>
        <translation>{file}: «{sheet}» парағындағы {cell} ұяшығында {count:,} таңба бар; бұл қатысушылар тізімі емес.</translation>
    </message>
    <message>
        <source>choose the .xlsx, .ods or .csv file itself</source>
        <comment>spreadsheet.choose_file_hint</comment>
        <translation>.xlsx, .ods немесе .csv файлының өзін таңдаңыз</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <comment>spreadsheet.empty_file</comment>
        <translation>{file} бос.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a spreadsheet.</source>
        <comment>spreadsheet.is_folder</comment>
        <translation>{path} — бұл қалта, кесте емес.</translation>
    </message>
    <message>
        <source>{file} has no sheet named '{sheet}'.</source>
        <comment>spreadsheet.no_such_sheet</comment>
        <translation>{file} ішінде «{sheet}» парағы жоқ.</translation>
    </message>
    <message>
        <source>save it from the spreadsheet program as .xlsx, .ods or .csv and try again</source>
        <comment>spreadsheet.save_as_hint</comment>
        <translation>оны кесте бағдарламасында .xlsx, .ods немесе .csv ретінде сақтап, қайта көріңіз</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet ({detail}).</source>
        <comment>spreadsheet.unreadable</comment>
        <translation>{file} кесте ретінде оқылмайды ({detail}).</translation>
    </message>
    <message>
        <source>{text}</source>
        <comment>text</comment>
        <translation>{text}</translation>
    </message>
</context>
</TS>
