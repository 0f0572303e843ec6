<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Messages</name>
    <message>
        <source>Enrollment #{enrollment} does not belong to this module's cohort.</source>
        <comment>attendance.enrollment_not_in_cohort</comment>
        <translation>Запись #{enrollment} не относится к группе этого модуля.</translation>
    </message>
    <message>
        <source>Hours attended cannot be negative.</source>
        <comment>attendance.negative_hours</comment>
        <translation>Число часов посещения не может быть отрицательным.</translation>
    </message>
    <message>
        <source>A score cannot be negative.</source>
        <comment>attendance.negative_score</comment>
        <translation>Балл не может быть отрицательным.</translation>
    </message>
    <message>
        <source>An {status} mark records no hours (got {hours:g} h for {module}).</source>
        <comment>attendance.no_hours_for_status</comment>
        <translation>Отметка «{status}» не учитывает часы (указано {hours:g} ч для {module}).</translation>
    </message>
    <message>
        <source>'{value}' is not an attendance status (present, late, absent or excused).</source>
        <comment>attendance.not_a_status</comment>
        <translation>«{value}» не является отметкой посещения (present, late, absent или excused).</translation>
    </message>
    <message>
        <source>{name} ({ref}) is not enrolled in {cohort}.</source>
        <comment>attendance.not_enrolled</comment>
        <translation>{name} ({ref}) не записан(а) в группу {cohort}.</translation>
    </message>
    <message>
        <source>That person is not enrolled in the cohort running this module.</source>
        <comment>attendance.not_in_module_cohort</comment>
        <translation>Этот человек не записан в группу, в которой идёт этот модуль.</translation>
    </message>
    <message>
        <source>{hours:g} h is more than module {module} lasts ({lasts:g} h).</source>
        <comment>attendance.too_many_hours</comment>
        <translation>{hours:g} ч больше длительности модуля {module} ({lasts:g} ч).</translation>
    </message>
    <message>
        <source>attendance {share} is below {minimum}</source>
        <comment>completion.attendance_below</comment>
        <translation>посещаемость {share} ниже {minimum}</translation>
    </message>
    <message>
        <source>missed required module {module}</source>
        <comment>completion.missed_required</comment>
        <translation>пропущен обязательный модуль {module}</translation>
    </message>
    <message>
        <source>no attendance recorded yet</source>
        <comment>completion.no_attendance_yet</comment>
        <translation>посещаемость ещё не отмечена</translation>
    </message>
    <message>
        <source>the cohort has no module hours to attend</source>
        <comment>completion.no_module_hours</comment>
        <translation>в группе нет часов модулей</translation>
    </message>
    <message>
        <source>no score recorded for {module}</source>
        <comment>completion.no_score</comment>
        <translation>нет балла по {module}</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>completion.not_eligible_withdrawn</comment>
        <translation>отчислен</translation>
    </message>
    <message>
        <source>marked as not completed ({reason})</source>
        <comment>completion.overridden_not_completed</comment>
        <translation>отмечен как не завершивший ({reason})</translation>
    </message>
    <message>
        <source>An override needs a reason (say why the rule's result is changed).</source>
        <comment>completion.override_needs_reason</comment>
        <translation>Для ручного решения нужна причина (объясните, почему результат правила изменён).</translation>
    </message>
    <message>
        <source>This person was withdrawn from the cohort; re-enroll them first.</source>
        <comment>completion.override_withdrawn</comment>
        <translation>Этот человек отчислен из группы; сначала запишите его снова.</translation>
    </message>
    <message>
        <source>no attendance recorded for required module {module}</source>
        <comment>completion.required_not_recorded</comment>
        <translation>нет отметки посещения обязательного модуля {module}</translation>
    </message>
    <message>
        <source>the completion rule is not met</source>
        <comment>completion.rule_not_met</comment>
        <translation>правило завершения не выполнено</translation>
    </message>
    <message>
        <source>score {score} in {module} is below {minimum}</source>
        <comment>completion.score_below</comment>
        <translation>балл {score} по {module} ниже {minimum}</translation>
    </message>
    <message>
        <source>A cohort runs {count} modules; completion is evaluated for at most {most}.</source>
        <comment>completion.too_many_modules</comment>
        <translation>В группе {count} модулей; завершение оценивается не более чем для {most}.</translation>
    </message>
    <message>
        <source>withdrawn from the cohort</source>
        <comment>completion.withdrawn</comment>
        <translation>отчислен из группы</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <comment>file.not_found</comment>
        <translation>{path}: файл не найден.</translation>
    </message>
    <message>
        <source>another country</source>
        <comment>import.another_country</comment>
        <translation>другая страна</translation>
    </message>
    <message>
        <source>another e-mail</source>
        <comment>import.another_email</comment>
        <translation>другой адрес эл. почты</translation>
    </message>
    <message>
        <source>another organization</source>
        <comment>import.another_organization</comment>
        <translation>другая организация</translation>
    </message>
    <message>
        <source>--map expects FIELD=COLUMN, not '{item}' (fields: {fields}).</source>
        <comment>import.bad_map</comment>
        <translation>--map ожидает ПОЛЕ=СТОЛБЕЦ, а не «{item}» (поля: {fields}).</translation>
    </message>
    <message>
        <source>blank</source>
        <comment>import.blank</comment>
        <translation>пустая строка</translation>
    </message>
    <message>
        <source>the header row repeated</source>
        <comment>import.header_repeated</comment>
        <translation>повтор строки заголовков</translation>
    </message>
    <message>
        <source>'{text}' is not a valid e-mail address: {detail}</source>
        <comment>import.invalid_email</comment>
        <translation>«{text}» не является верным адресом эл. почты: {detail}</translation>
    </message>
    <message>
        <source>looks like the same person ({differences}); imported as a separate person, decide whether to merge</source>
        <comment>import.looks_like</comment>
        <translation>похоже на того же человека ({differences}); импортирован как отдельный человек, решите, объединять ли</translation>
    </message>
    <message>
        <source>{file}: no participant columns found (looked for a header row naming at least a name and one more field, such as ФИО / Full name, E-mail, Страна / Country).</source>
        <comment>import.no_columns</comment>
        <translation>{file}: не найдены столбцы участников (искалась строка заголовков, где названы хотя бы имя и ещё одно поле, например ФИО / Full name, E-mail, Страна / Country).</translation>
    </message>
    <message>
        <source>name the header row with --header-row N and the columns with --map</source>
        <comment>import.no_columns_hint</comment>
        <translation>укажите строку заголовков через --header-row N, а столбцы через --map</translation>
    </message>
    <message>
        <source>{file} is empty: there is no list in it.</source>
        <comment>import.no_list</comment>
        <translation>{file} пуст: в нём нет списка.</translation>
    </message>
    <message>
        <source>no name</source>
        <comment>import.no_name</comment>
        <translation>нет имени</translation>
    </message>
    <message>
        <source>{file}: no column holds the participants' names (columns: {columns}).</source>
        <comment>import.no_name_column</comment>
        <translation>{file}: ни в одном столбце нет имён участников (столбцы: {columns}).</translation>
    </message>
    <message>
        <source>name it with --map full_name=COLUMN</source>
        <comment>import.no_name_column_hint</comment>
        <translation>укажите его через --map full_name=СТОЛБЕЦ</translation>
    </message>
    <message>
        <source>no participant data</source>
        <comment>import.no_participant_data</comment>
        <translation>нет данных участника</translation>
    </message>
    <message>
        <source>--map: {file} has no column '{ref}' in its header row (columns: {columns}).</source>
        <comment>import.no_such_column</comment>
        <translation>--map: в строке заголовков {file} нет столбца «{ref}» (столбцы: {columns}).</translation>
    </message>
    <message>
        <source>{file}: sheet '{sheet}' has {rows} rows; there is no header row {row}.</source>
        <comment>import.no_such_header_row</comment>
        <translation>{file}: на листе «{sheet}» {rows} строк; строки заголовков {row} нет.</translation>
    </message>
    <message>
        <source>{file} has no sheet named '{sheet}' (sheets: {sheets}).</source>
        <comment>import.no_such_sheet</comment>
        <translation>В {file} нет листа «{sheet}» (листы: {sheets}).</translation>
    </message>
    <message>
        <source>not a data row</source>
        <comment>import.not_a_data_row</comment>
        <translation>не строка данных</translation>
    </message>
    <message>
        <source>--map: '{field}' is not a participant field (fields: {fields}).</source>
        <comment>import.not_a_field</comment>
        <translation>--map: «{field}» не является полем участника (поля: {fields}).</translation>
    </message>
    <message>
        <source>not a valid e-mail address: {detail}</source>
        <comment>import.not_an_email</comment>
        <translation>неверный адрес эл. почты: {detail}</translation>
    </message>
    <message>
        <source>{file}: the header is on row {row} but no rows follow it.</source>
        <comment>import.nothing_under_header</comment>
        <translation>{file}: заголовки в строке {row}, но под ними нет строк.</translation>
    </message>
    <message>
        <source>same name</source>
        <comment>import.same_name</comment>
        <translation>то же имя</translation>
    </message>
    <message>
        <source>rows describe the same person (same e-mail, or same name, country and organization); merged, the later row wins</source>
        <comment>import.same_person_in_file</comment>
        <translation>строки описывают одного человека (тот же адрес эл. почты или те же имя, страна и организация); объединены, действует нижняя строка</translation>
    </message>
    <message>
        <source>a later row describes the same person</source>
        <comment>import.same_person_later</comment>
        <translation>тот же человек описан в строке ниже</translation>
    </message>
    <message>
        <source>the name is spelled differently</source>
        <comment>import.spelled_differently</comment>
        <translation>имя написано иначе</translation>
    </message>
    <message>
        <source>{file}: {count} rows rejected; with --strict nothing was imported.</source>
        <comment>import.strict_rejected</comment>
        <translation>{file}: отклонено строк: {count}; с --strict ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file}: {count} row rejected; with --strict nothing was imported.</source>
        <comment>import.strict_rejected_one</comment>
        <translation>{file}: отклонена {count} строка; с --strict ничего не импортировано.</translation>
    </message>
    <message>
        <source>unknown country '{value}'</source>
        <comment>import.unknown_country</comment>
        <translation>неизвестная страна «{value}»</translation>
    </message>
    <message>
        <source>unknown gender '{value}' (use female, male or leave empty)</source>
        <comment>import.unknown_gender</comment>
        <translation>неизвестный пол «{value}» (укажите женский, мужской или оставьте пустым)</translation>
    </message>
    <message>
        <source>{count} people in {cohort} have this name; add their e-mail</source>
        <comment>signin.ambiguous_name</comment>
        <translation>в {cohort} это имя у {count} человек; добавьте их адрес эл. почты</translation>
    </message>
    <message>
        <source>{path} is a folder, not a sign-in sheet.</source>
        <comment>signin.is_folder</comment>
        <translation>{path} — это папка, а не лист посещаемости.</translation>
    </message>
    <message>
        <source>has marks but no name or e-mail; row skipped</source>
        <comment>signin.marks_without_person</comment>
        <translation>есть отметки, но нет имени или адреса эл. почты; строка пропущена</translation>
    </message>
    <message>
        <source>hours cannot be negative</source>
        <comment>signin.negative_hours</comment>
        <translation>число часов не может быть отрицательным</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <comment>signin.no_file</comment>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <source>{file}: no row in the first {rows} names a module of cohort {cohort} (its modules: {modules}); put module codes or titles over the mark columns.</source>
        <comment>signin.no_module_row</comment>
        <translation>{file}: ни одна из первых {rows} строк не называет модуль группы {cohort} (её модули: {modules}); напишите коды или названия модулей над столбцами отметок.</translation>
    </message>
    <message>
        <source>{file}, row {row}: there is no column of names (e.g. 'ФИО', 'Full name') or e-mails to tell who each row is.</source>
        <comment>signin.no_person_column</comment>
        <translation>{file}, строка {row}: нет столбца с именами (например, «ФИО», «Full name») или адресами эл. почты, чтобы понять, кто в каждой строке.</translation>
    </message>
    <message>
        <source>is not a mark this import knows (use +, П/Н, present/absent or hours)</source>
        <comment>signin.not_a_mark</comment>
        <translation>эта отметка не распознаётся (используйте +, П/Н, present/absent или часы)</translation>
    </message>
    <message>
        <source>is already on row {row}; this row is skipped</source>
        <comment>signin.repeated_row</comment>
        <translation>уже есть в строке {row}; эта строка пропущена</translation>
    </message>
    <message>
        <source>{file} -&gt; {cohort}: {rows} rows, {matched} people matched; marks: {created} new, {updated} changed, {unchanged} unchanged (dry run: nothing written); {problems} problems would be skipped.</source>
        <comment>signin.summary_dry_run</comment>
        <translation>{file} -&gt; {cohort}: строк {rows}, найдено людей {matched}; отметки: новых {created}, изменено {updated}, без изменений {unchanged} (пробный прогон: ничего не записано); будет пропущено проблем: {problems}.</translation>
    </message>
    <message>
        <source>{file} -&gt; {cohort}: {rows} rows, {matched} people matched; marks: {created} new, {updated} changed, {unchanged} unchanged (saved); {problems} problems were skipped.</source>
        <comment>signin.summary_saved</comment>
        <translation>{file} -&gt; {cohort}: строк {rows}, найдено людей {matched}; отметки: новых {created}, изменено {updated}, без изменений {unchanged} (сохранено); пропущено проблем: {problems}.</translation>
    </message>
    <message>
        <source>{hours:g} h is more than the module lasts ({lasts:g} h)</source>
        <comment>signin.too_many_hours</comment>
        <translation>{hours:g} ч больше длительности модуля ({lasts:g} ч)</translation>
    </message>
    <message>
        <source>{file}, row {row}: columns {first} and {second} both name module {module}.</source>
        <comment>signin.two_columns_one_module</comment>
        <translation>{file}, строка {row}: столбцы {first} и {second} оба называют модуль {module}.</translation>
    </message>
    <message>
        <source>no one in {cohort} has this e-mail</source>
        <comment>signin.unknown_email</comment>
        <translation>в {cohort} нет никого с этим адресом эл. почты</translation>
    </message>
    <message>
        <source>no one in {cohort} has this e-mail or the name '{name}'</source>
        <comment>signin.unknown_email_or_name</comment>
        <translation>в {cohort} нет никого с этим адресом эл. почты или именем «{name}»</translation>
    </message>
    <message>
        <source>no one in {cohort} has this name</source>
        <comment>signin.unknown_name</comment>
        <translation>в {cohort} нет никого с этим именем</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet: {detail}</source>
        <comment>signin.unreadable</comment>
        <translation>{file} не читается как таблица: {detail}</translation>
    </message>
    <message>
        <source>{file} cannot be read as CSV: {detail}</source>
        <comment>signin.unreadable_csv</comment>
        <translation>{file} не читается как CSV: {detail}</translation>
    </message>
    <message>
        <source>was withdrawn from {cohort}; marks not imported</source>
        <comment>signin.withdrawn</comment>
        <translation>отчислен(а) из {cohort}; отметки не импортированы</translation>
    </message>
    <message>
        <source>{file}: sign-in sheets are read from .xlsx, .ods, .xls or .csv files.</source>
        <comment>signin.wrong_kind</comment>
        <translation>{file}: листы посещаемости читаются из файлов .xlsx, .ods, .xls или .csv.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet or text list (it holds binary data).</source>
        <comment>spreadsheet.binary</comment>
        <translation>{file} — не таблица и не текстовый список (в нём двоичные данные).</translation>
    </message>
    <message>
        <source>{file}: cell {cell} holds {count:,} characters; this is not a participant list.</source>
        <comment>spreadsheet.cell_too_long</comment>
        <translation>{file}: в ячейке {cell} {count:,} символов; это не список участников.</translation>
    </message>
    <message>
        <source>{file}: sheet '{sheet}', cell {cell} holds {count:,} characters; this is not a participant list.</source>
        <comment>spreadsheet.cell_too_long_in_sheet</comment>
        <translation>{file}: на листе «{sheet}» в ячейке {cell} {count:,} символов; это не список участников.</translation>
    </message>
    <message>
        <source>choose the .xlsx, .ods or .csv file itself</source>
        <comment>spreadsheet.choose_file_hint</comment>
        <translation>выберите сам файл .xlsx, .ods или .csv</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <comment>spreadsheet.empty_file</comment>
        <translation>{file} пуст.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a spreadsheet.</source>
        <comment>spreadsheet.is_folder</comment>
        <translation>{path} — это папка, а не таблица.</translation>
    </message>
    <message>
        <source>{file} has no sheet named '{sheet}'.</source>
        <comment>spreadsheet.no_such_sheet</comment>
        <translation>В {file} нет листа «{sheet}».</translation>
    </message>
    <message>
        <source>save it from the spreadsheet program as .xlsx, .ods or .csv and try again</source>
        <comment>spreadsheet.save_as_hint</comment>
        <translation>сохраните его в программе электронных таблиц как .xlsx, .ods или .csv и попробуйте снова</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet ({detail}).</source>
        <comment>spreadsheet.unreadable</comment>
        <translation>{file} не читается как таблица ({detail}).</translation>
    </message>
    <message>
        <source>{text}</source>
        <comment>text</comment>
        <translation>{text}</translation>
    </message>
</context>
</TS>
