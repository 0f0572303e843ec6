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
        <source>Today's automatic backup of {path} could not be written: {reason}</source>
        <comment>backup.daily_failed</comment>
        <translation>{path} файлының бүгінгі автоматты сақтық көшірмесін жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <comment>backup.file_not_found</comment>
        <translation>{path} жоқ.</translation>
    </message>
    <message>
        <source>{path} is read-only: no backup can be written beside it.</source>
        <comment>backup.folder_read_only</comment>
        <translation>{path} тек оқуға арналған: оның жанына сақтық көшірме жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>write the copy to a folder you can write to (--out FILE)</source>
        <comment>backup.hint_elsewhere</comment>
        <translation>көшірмені жазуға болатын қалтаға жазыңыз (--out ФАЙЛ)</translation>
    </message>
    <message>
        <source>{path} is not a sound Course Manager backup.</source>
        <comment>backup.not_sound</comment>
        <translation>{path} — Course Manager-дің бүтін сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <source>{path} is not a sound Course Manager backup: {problem}.</source>
        <comment>backup.not_sound_because</comment>
        <translation>{path} — Course Manager-дің бүтін сақтық көшірмесі емес: {problem}.</translation>
    </message>
    <message>
        <source>A file cannot be restored from itself.</source>
        <comment>backup.restore_from_itself</comment>
        <translation>Файлды өзінен қалпына келтіру мүмкін емес.</translation>
    </message>
    <message>
        <source>{path} could not be restored: {reason}.</source>
        <comment>backup.restore_not_written</comment>
        <translation>{path} файлын қалпына келтіру мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <comment>backup.target_exists</comment>
        <translation>{path} бұрыннан бар; жаңа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Course Manager.</source>
        <comment>backup.too_new</comment>
        <translation>{path} Course Manager-дің жаңа нұсқасымен жазылған.</translation>
    </message>
    <message>
        <source>Certificate #{id} does not exist.</source>
        <comment>certificate.missing_id</comment>
        <translation>#{id} сертификаты жоқ.</translation>
    </message>
    <message>
        <source>There is no certificate with serial {serial!r}.</source>
        <comment>certificate.missing_serial</comment>
        <translation>{serial!r} нөмірлі сертификат жоқ.</translation>
    </message>
    <message>
        <source>Certificate {serial} was already replaced by {newer}.</source>
        <comment>certificates.already_replaced</comment>
        <translation>{serial} сертификаты {newer} сертификатымен ауыстырылған.</translation>
    </message>
    <message>
        <source>Certificate {serial} was already revoked on {date}.</source>
        <comment>certificates.already_revoked</comment>
        <translation>{serial} сертификаты {date} күні кері қайтарылған.</translation>
    </message>
    <message>
        <source>The certificate image {path} does not exist.</source>
        <comment>certificates.image_missing</comment>
        <translation>{path} сертификат суреті жоқ.</translation>
    </message>
    <message>
        <source>The name has characters no bundled font can draw: {characters}</source>
        <comment>certificates.name_undrawable</comment>
        <translation>Атында ешбір кірістірілген қаріп сала алмайтын таңбалар бар: {characters}</translation>
    </message>
    <message>
        <source>The certificates would print placeholder content: {items}. Nothing was issued.</source>
        <comment>certificates.placeholders</comment>
        <translation>Сертификаттарда толтырғыш мазмұн басылар еді: {items}. Ештеңе берілмеді.</translation>
    </message>
    <message>
        <source>set the real ones in the app's Settings, or with `course-manager settings set signatories '[{{"name": "...", "title_en": "...", "signature_image": "/path/sign.png"}}]'` and `course-manager settings set logos /path/logo.png`; or give --allow-placeholders</source>
        <comment>certificates.placeholders_hint</comment>
        <translation>нақтыларын бағдарлама баптауларында немесе `course-manager settings set signatories '[{{"name": "...", "title_en": "...", "signature_image": "/path/sign.png"}}]'` және `course-manager settings set logos /path/logo.png` командаларымен орнатыңыз; не --allow-placeholders беріңіз</translation>
    </message>
    <message>
        <source>{count} text(s) contain characters no bundled font can draw; correct the names (or add a font) before printing.</source>
        <comment>certificates.preflight_failed</comment>
        <translation>Мәтіндерде ({count}) ешбір кірістірілген қаріп сала алмайтын таңбалар бар; басып шығару алдында аттарды түзетіңіз (немесе қаріп қосыңыз).</translation>
    </message>
    <message>
        <source>Name the certificates to print: serial numbers, or --cohort C (with --only-new if wanted).</source>
        <comment>certificates.print_which</comment>
        <translation>Қай сертификаттарды басу керегін көрсетіңіз: нөмірлер немесе --cohort C (қажет болса --only-new).</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>certificates.progress_done</comment>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>Rendering</source>
        <comment>certificates.progress_rendering</comment>
        <translation>PDF жасалуда</translation>
    </message>
    <message>
        <source>Signing</source>
        <comment>certificates.progress_signing</comment>
        <translation>Қол қою</translation>
    </message>
    <message>
        <source>Certificate {serial} was revoked; issue a new one instead.</source>
        <comment>certificates.reissue_revoked</comment>
        <translation>{serial} сертификаты кері қайтарылған; оның орнына жаңасын беріңіз.</translation>
    </message>
    <message>
        <source>Give the reason for revoking the certificate.</source>
        <comment>certificates.revoke_needs_reason</comment>
        <translation>Сертификатты кері қайтару себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The serial pattern {pattern!r} is not valid ({error}); use {{programme}}, {{year}}, {{cohort}} and {{seq:04d}} (or {{number:05d}}).</source>
        <comment>certificates.serial_pattern_invalid</comment>
        <translation>{pattern!r} нөмір үлгісі қате ({error}); {{programme}}, {{year}}, {{cohort}} және {{seq:04d}} (немесе {{number:05d}}) қолданыңыз.</translation>
    </message>
    <message>
        <source>The serial pattern {pattern!r} needs a {{seq}} number.</source>
        <comment>certificates.serial_pattern_no_seq</comment>
        <translation>{pattern!r} нөмір үлгісіне {{seq}} реттік нөмірі керек.</translation>
    </message>
    <message>
        <source>already holds certificate {serial}</source>
        <comment>certificates.skip.already_holds</comment>
        <translation>{serial} сертификаты бұрыннан бар</translation>
    </message>
    <message>
        <source>the certificate cannot be made: {reason}</source>
        <comment>certificates.skip.cannot_draw</comment>
        <translation>сертификатты жасау мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>the certificate cannot be made (drawing failed: {detail})</source>
        <comment>certificates.skip.drawing_failed</comment>
        <translation>сертификатты жасау мүмкін емес (салу қатесі: {detail})</translation>
    </message>
    <message>
        <source>the Latin form {latin!r} does not fit its line on the certificate at a readable size</source>
        <comment>certificates.skip.latin_too_long</comment>
        <translation>{latin!r} латын жазуы сертификаттағы өз жолына оқылатын өлшемде сыймайды</translation>
    </message>
    <message>
        <source>the name {name!r} does not fit the certificate, even on two lines at a readable size</source>
        <comment>certificates.skip.name_too_long</comment>
        <translation>{name!r} есімі оқылатын өлшемде екі жолға да сертификатқа сыймайды</translation>
    </message>
    <message>
        <source>the name has characters no bundled font can draw: {characters}</source>
        <comment>certificates.skip.name_undrawable</comment>
        <translation>атында ешбір кірістірілген қаріп сала алмайтын таңбалар бар: {characters}</translation>
    </message>
    <message>
        <source>not completed: {reason}</source>
        <comment>certificates.skip.not_completed</comment>
        <translation>аяқтамады: {reason}</translation>
    </message>
    <message>
        <source>not enrolled in {cohort}</source>
        <comment>certificates.skip.not_enrolled</comment>
        <translation>{cohort} тобына жазылмаған</translation>
    </message>
    <message>
        <source>The certificate text has characters no font can draw: {characters!r} in {text!r}.</source>
        <comment>certificates.text_undrawable</comment>
        <translation>Сертификат мәтінінде ешбір қаріп сала алмайтын таңбалар бар: {text!r} ішінде {characters!r}.</translation>
    </message>
    <message>
        <source>cannot be opened: {error}</source>
        <comment>check.cannot_open</comment>
        <translation>ашу мүмкін емес: {error}</translation>
    </message>
    <message>
        <source>{path} is damaged ({count} problem(s) found).</source>
        <comment>check.damaged</comment>
        <translation>{path} зақымдалған (табылған мәселелер: {count}).</translation>
    </message>
    <message>
        <source>no sound backup was found; restore a copy if you have one</source>
        <comment>check.hint_no_sound_backup</comment>
        <translation>бүтін сақтық көшірме табылмады; көшірмеңіз болса, оны қалпына келтіріңіз</translation>
    </message>
    <message>
        <source>restore the newest sound backup: course-manager --db "{path}" restore "{backup}"</source>
        <comment>check.hint_restore_newest</comment>
        <translation>ең жаңа бүтін сақтық көшірмені қалпына келтіріңіз: course-manager --db "{path}" restore "{backup}"</translation>
    </message>
    <message>
        <source>{table} row {rowid} points to a missing {parent} row</source>
        <comment>check.missing_parent_row</comment>
        <translation>{table} кестесінің {rowid} жолы жоқ {parent} жолына сілтейді</translation>
    </message>
    <message>
        <source>an override needs --completed yes|no and --reason TEXT</source>
        <comment>cli.override_needs</comment>
        <translation>қолмен шешім үшін --completed yes|no және --reason МӘТІН керек</translation>
    </message>
    <message>
        <source>--completed and --reason go with --override ID_OR_EMAIL</source>
        <comment>cli.override_only</comment>
        <translation>--completed және --reason тек --override ID_НЕМЕСЕ_ПОШТА бірге қолданылады</translation>
    </message>
    <message>
        <source>give the participant's name with --name</source>
        <comment>cli.participant_name_missing</comment>
        <translation>қатысушының атын --name арқылы көрсетіңіз</translation>
    </message>
    <message>
        <source>A cohort with code '{code}' already exists.</source>
        <comment>cohort.code_taken</comment>
        <translation>«{code}» коды бар топ бұрыннан бар.</translation>
    </message>
    <message>
        <source>The cohort ends ({end}) before it starts ({start}).</source>
        <comment>cohort.ends_before_start</comment>
        <translation>Топ басталмай ({start}) тұрып аяқталады ({end}).</translation>
    </message>
    <message>
        <source>Cannot change {fields} of a cohort.</source>
        <comment>cohort.fixed_fields</comment>
        <translation>Топтың мына өрістерін өзгерту мүмкін емес: {fields}.</translation>
    </message>
    <message>
        <source>There is no cohort with code '{code}'.</source>
        <comment>cohort.missing_code</comment>
        <translation>«{code}» коды бар топ жоқ.</translation>
    </message>
    <message>
        <source>Cohort #{id} does not exist.</source>
        <comment>cohort.missing_id</comment>
        <translation>#{id} тобы жоқ.</translation>
    </message>
    <message>
        <source>The minimum score cannot be negative.</source>
        <comment>cohort.negative_min_score</comment>
        <translation>Ең төменгі балл теріс бола алмайды.</translation>
    </message>
    <message>
        <source>'{language}' is not a language of instruction this app knows.</source>
        <comment>cohort.unknown_language</comment>
        <translation>«{language}» — қолданбаға белгісіз оқыту тілі.</translation>
    </message>
    <message>
        <source>This module already has {count} attendance marks; remove them first.</source>
        <comment>cohort_module.has_marks</comment>
        <translation>Бұл модульде қатысу белгілері бар ({count}); алдымен оларды жойыңыз.</translation>
    </message>
    <message>
        <source>Cohort {cohort} does not run a module '{module}'.</source>
        <comment>cohort_module.missing_code</comment>
        <translation>{cohort} тобында «{module}» модулі өтпейді.</translation>
    </message>
    <message>
        <source>Cohort module #{id} does not exist.</source>
        <comment>cohort_module.missing_id</comment>
        <translation>Топтың #{id} модулі жоқ.</translation>
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
        <source>{path} is busy: another window or program is writing to it.</source>
        <comment>database.busy</comment>
        <translation>{path} бос емес: оған басқа терезе немесе бағдарлама жазып жатыр.</translation>
    </message>
    <message>
        <source>try again in a moment</source>
        <comment>database.busy_hint</comment>
        <translation>біраздан соң қайта көріңіз</translation>
    </message>
    <message>
        <source>{path} cannot be opened.</source>
        <comment>database.cannot_open</comment>
        <translation>{path} ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}.</source>
        <comment>database.cannot_open_because</comment>
        <translation>{path} ашу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>choose another file, or restore a copy of the file if you have one</source>
        <comment>database.choose_or_restore_a_copy</comment>
        <translation>басқа файлды таңдаңыз немесе көшірмеңіз болса, оны қалпына келтіріңіз</translation>
    </message>
    <message>
        <source>choose another file, or restore the newest backup: course-manager --db "{path}" restore "{backup}"</source>
        <comment>database.choose_or_restore_newest</comment>
        <translation>басқа файлды таңдаңыз немесе ең жаңа сақтық көшірмені қалпына келтіріңіз: course-manager --db "{path}" restore "{backup}"</translation>
    </message>
    <message>
        <source>copy it to a folder you can write to, then open the copy</source>
        <comment>database.copy_to_writable_hint</comment>
        <translation>оны жазуға болатын қалтаға көшіріп, көшірмені ашыңыз</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a Course Manager file.</source>
        <comment>database.damaged</comment>
        <translation>{path} зақымдалған немесе Course Manager файлы емес.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full or failing: nothing was changed.</source>
        <comment>database.disk_full</comment>
        <translation>{path} тұрған диск толы немесе ақаулы: ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>{path} is empty, though backups of it exist: the file was damaged (emptied or cut short).</source>
        <comment>database.empty_with_backups</comment>
        <translation>{path} бос, бірақ оның сақтық көшірмелері бар: файл зақымдалған (тазартылған немесе қысқартылған).</translation>
    </message>
    <message>
        <source>close the other window and try again</source>
        <comment>database.hint_close_other_window</comment>
        <translation>басқа терезені жауып, қайта көріңіз</translation>
    </message>
    <message>
        <source>{path} is a folder, not a Course Manager file.</source>
        <comment>database.is_folder</comment>
        <translation>{path} — бұл қалта, Course Manager файлы емес.</translation>
    </message>
    <message>
        <source>{path} must be brought up to this version's format, which first copies it to {folder}, but the copy could not be written ({reason}). Nothing was changed.</source>
        <comment>database.migration_backup_failed</comment>
        <translation>{path} файлын осы нұсқаның пішіміне келтіру керек, ол үшін файл алдымен {folder} ішіне көшіріледі, бірақ көшірмені жазу мүмкін болмады ({reason}). Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>{path} cannot be created: the folder {folder} is read-only.</source>
        <comment>database.new_in_read_only_folder</comment>
        <translation>{path} жасау мүмкін емес: {folder} қалтасы тек оқуға арналған.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <comment>database.no_folder</comment>
        <translation>{folder} қалтасы жоқ.</translation>
    </message>
    <message>
        <source>a file, not a folder, has that name</source>
        <comment>database.not_a_folder_reason</comment>
        <translation>бұл атауды қалта емес, файл алып тұр</translation>
    </message>
    <message>
        <source>{path} is not a Course Manager file (it is another program's database); nothing was changed in it.</source>
        <comment>database.not_ours</comment>
        <translation>{path} — Course Manager файлы емес (бұл басқа бағдарламаның дерекқоры); онда ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>choose a Course Manager file, or a new file name</source>
        <comment>database.not_ours_hint</comment>
        <translation>Course Manager файлын немесе жаңа файл атауын таңдаңыз</translation>
    </message>
    <message>
        <source>{path} is not a Course Manager file (it is not an SQLite database).</source>
        <comment>database.not_sqlite</comment>
        <translation>{path} Course Manager файлы емес (бұл SQLite дерекқоры емес).</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <comment>database.other</comment>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is read-only: changes cannot be saved.</source>
        <comment>database.read_only</comment>
        <translation>{path} тек оқуға арналған: өзгерістерді сақтау мүмкін емес.</translation>
    </message>
    <message>
        <source>{path} is read-only and must be updated to this version's format before use.</source>
        <comment>database.read_only_needs_migration</comment>
        <translation>{path} тек оқуға арналған, ал жұмыс алдында оны осы нұсқаның пішіміне жаңарту керек.</translation>
    </message>
    <message>
        <source>restore a copy of the file if you have one</source>
        <comment>database.restore_a_copy</comment>
        <translation>көшірмеңіз болса, файлды қалпына келтіріңіз</translation>
    </message>
    <message>
        <source>restore the newest backup: course-manager --db "{path}" restore "{backup}"</source>
        <comment>database.restore_newest</comment>
        <translation>ең жаңа сақтық көшірмені қалпына келтіріңіз: course-manager --db "{path}" restore "{backup}"</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Course Manager (file format {version}, this version reads up to {supported}).</source>
        <comment>database.too_new</comment>
        <translation>{path} Course Manager-дің жаңа нұсқасымен жазылған (файл пішімі {version}, бұл нұсқа {supported} дейін оқиды).</translation>
    </message>
    <message>
        <source>install the newer version to open it</source>
        <comment>database.too_new_hint</comment>
        <translation>оны ашу үшін жаңа нұсқаны орнатыңыз</translation>
    </message>
    <message>
        <source>{path} is damaged: the file was cut short ({size} of {expected} bytes).</source>
        <comment>database.truncated</comment>
        <translation>{path} зақымдалған: файл қысқартылған ({expected} байттың {size} байты).</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <comment>database.unreadable</comment>
        <translation>{path} оқу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <comment>database.unreadable_permission</comment>
        <translation>{path} оқу мүмкін емес: рұқсат жоқ.</translation>
    </message>
    <message>
        <source>The demo data {path} is missing from this installation.</source>
        <comment>demo.missing</comment>
        <translation>{path} демо деректері бұл орнатуда жоқ.</translation>
    </message>
    <message>
        <source>smtp_security must be starttls, tls or none, not {value!r}.</source>
        <comment>email.bad_security</comment>
        <translation>smtp_security тек starttls, tls немесе none болуы мүмкін, {value!r} емес.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the login of {user}: {detail}</source>
        <comment>email.login_failed</comment>
        <translation>{host} пошта сервері {user} пайдаланушысының кіруін қабылдамады: {detail}</translation>
    </message>
    <message>
        <source>No password for {user} on {host} in the system keyring: type it in the Password field.</source>
        <comment>email.needs_password</comment>
        <translation>Жүйелік қоймада {host} серверіндегі {user} үшін құпиясөз жоқ: оны «Құпиясөз» өрісіне енгізіңіз.</translation>
    </message>
    <message>
        <source>No password for {user} on {host}: keep it in the system keyring (keyring set 'course-manager smtp' {user}@{host}), set {env}, or run this in a terminal to be asked.</source>
        <comment>email.no_password</comment>
        <translation>{host} серверіндегі {user} үшін құпиясөз жоқ: оны жүйелік құпиясөз қоймасында сақтаңыз (keyring set 'course-manager smtp' {user}@{host}), {env} орнатыңыз немесе енгізу үшін пәрменді терминалда іске қосыңыз.</translation>
    </message>
    <message>
        <source>No sender address is set: set mail_from (or smtp_user to an address).</source>
        <comment>email.no_sender</comment>
        <translation>Жіберуші мекенжайы орнатылмаған: mail_from (немесе smtp_user ішінде мекенжай) орнатыңыз.</translation>
    </message>
    <message>
        <source>No mail server is set: set smtp_host (and smtp_port, smtp_security, smtp_user, mail_from), or write drafts with --eml-dir instead.</source>
        <comment>email.no_server</comment>
        <translation>Пошта сервері орнатылмаған: smtp_host (және smtp_port, smtp_security, smtp_user, mail_from) орнатыңыз немесе --eml-dir арқылы жобаларды жазыңыз.</translation>
    </message>
    <message>
        <source>Name the certificates to send: serial numbers or a cohort.</source>
        <comment>email.nothing_chosen</comment>
        <translation>Қай сертификаттарды жіберу керегін көрсетіңіз: нөмірлерін немесе топты.</translation>
    </message>
    <message>
        <source>Sending to {name}</source>
        <comment>email.progress_sending</comment>
        <translation>Жіберілуде: {name}</translation>
    </message>
    <message>
        <source>the server refused the address: {detail}</source>
        <comment>email.refused</comment>
        <translation>сервер мекенжайды қабылдамады: {detail}</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} failed: {detail}. Those sent before were recorded; run it again to send the rest.</source>
        <comment>email.server_failed</comment>
        <translation>{host}:{port} пошта серверінің қатесі: {detail}. Жіберілген хаттар жазылды; қалғанын жіберу үшін қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>already sent to {email} at {at}</source>
        <comment>email.skip.already_sent</comment>
        <translation>{email} мекенжайына жіберілген ({at})</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <comment>email.skip.no_email</comment>
        <translation>электрондық пошта мекенжайы жоқ</translation>
    </message>
    <message>
        <source>no PDF of this certificate in {folder} (reissue it or write its file)</source>
        <comment>email.skip.no_pdf</comment>
        <translation>{folder} ішінде бұл сертификаттың PDF файлы жоқ (оны қайта беріңіз немесе файлын жазыңыз)</translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <comment>email.skip.revoked</comment>
        <translation>сертификат кері қайтарылған</translation>
    </message>
    <message>
        <source>the certificate was replaced by {newer}</source>
        <comment>email.skip.superseded</comment>
        <translation>сертификат {newer} сертификатымен ауыстырылған</translation>
    </message>
    <message>
        <source>Enrollment #{id} does not exist.</source>
        <comment>enrollment.missing_id</comment>
        <translation>#{id} жазылуы жоқ.</translation>
    </message>
    <message>
        <source>Participant #{participant} is not enrolled in this cohort.</source>
        <comment>enrollment.not_enrolled</comment>
        <translation>#{participant} қатысушы бұл топқа жазылмаған.</translation>
    </message>
    <message>
        <source>Conflict {id} is resolved already.</source>
        <comment>exchange.already_resolved</comment>
        <translation>{id} қайшылығы шешіліп қойған.</translation>
    </message>
    <message>
        <source>An office name may use letters, digits, spaces, '.', '-' and '_' (1 to 40 characters).</source>
        <comment>exchange.bad_office_name</comment>
        <translation>Кеңсе атауында әріптер, сандар, бос орындар, '.', '-' және '_' болуы мүмкін (1-ден 40 таңбаға дейін).</translation>
    </message>
    <message>
        <source>The decision on conflict {id} cannot be applied: {reason}.</source>
        <comment>exchange.cannot_apply</comment>
        <translation>{id} қайшылығы бойынша шешімді қолдану мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>{path} exists already; a clone is written to a new file.</source>
        <comment>exchange.clone_exists</comment>
        <translation>{path} бұрыннан бар; көшірме жаңа файлға жазылады.</translation>
    </message>
    <message>
        <source>{path} is an exchange file, but this programme file takes part in no exchange yet; nothing was changed.</source>
        <comment>exchange.never_exchanged</comment>
        <translation>{path} — алмасу файлы, бірақ бұл бағдарлама файлы әлі алмасуға қатыспайды; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>open the file the office was cloned from, or clone this one with 'exchange clone'</source>
        <comment>exchange.never_exchanged_hint</comment>
        <translation>кеңсе көшірілген файлды ашыңыз немесе мұны 'exchange clone' командасымен көшіріңіз</translation>
    </message>
    <message>
        <source>There is no conflict {id}.</source>
        <comment>exchange.no_conflict</comment>
        <translation>{id} қайшылығы жоқ.</translation>
    </message>
    <message>
        <source>Conflict {id} is about a whole row: keep ours or theirs (a value cannot be typed).</source>
        <comment>exchange.no_value_here</comment>
        <translation>{id} қайшылығы бүкіл жолға қатысты: біздікін немесе олардікін қалдырыңыз (мән енгізуге болмайды).</translation>
    </message>
    <message>
        <source>{path} is not a Course Manager exchange file.</source>
        <comment>exchange.not_exchange_file</comment>
        <translation>{path} Course Manager алмасу файлы емес.</translation>
    </message>
    <message>
        <source>An office named {name} exists already.</source>
        <comment>exchange.office_taken</comment>
        <translation>{name} атаулы кеңсе бұрыннан бар.</translation>
    </message>
    <message>
        <source>{path} is an exchange file of another programme; nothing was changed.</source>
        <comment>exchange.other_programme</comment>
        <translation>{path} — басқа бағдарламаның алмасу файлы; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>{path} was written by an office with another version of Course Manager; nothing was changed.</source>
        <comment>exchange.other_version</comment>
        <translation>{path} Course Manager-дің басқа нұсқасы бар кеңседе жазылған; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>install the same version in both offices</source>
        <comment>exchange.other_version_hint</comment>
        <translation>екі кеңсеге де бірдей нұсқаны орнатыңыз</translation>
    </message>
    <message>
        <source>{path} was altered or damaged after it was written (its signature does not match); nothing was changed.</source>
        <comment>exchange.tampered</comment>
        <translation>{path} жазылғаннан кейін өзгертілген немесе бүлінген (қолтаңба сәйкес келмейді); ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}.</source>
        <comment>export.cannot_write</comment>
        <translation>{path} жазу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <comment>export.no_folder</comment>
        <translation>{folder} қалтасы жоқ.</translation>
    </message>
    <message>
        <source>{path} cannot be written: permission denied.</source>
        <comment>export.permission_denied</comment>
        <translation>{path} жазу мүмкін емес: рұқсат жоқ.</translation>
    </message>
    <message>
        <source>Cannot write '{fmt}' files (use csv or xlsx).</source>
        <comment>export.unknown_format</comment>
        <translation>«{fmt}» файлдарын жазу мүмкін емес (csv немесе xlsx қолданыңыз).</translation>
    </message>
    <message>
        <source>The font file {path} does not exist.</source>
        <comment>fonts.missing</comment>
        <translation>{path} қаріп файлы жоқ.</translation>
    </message>
    <message>
        <source>{path}: the font draws no letters (no Unicode characters with outlines).</source>
        <comment>fonts.no_glyphs</comment>
        <translation>{path}: қаріп бірде-бір әріпті салмайды (контуры бар Unicode таңбалары жоқ).</translation>
    </message>
    <message>
        <source>{path}: not a usable font file ({detail}).</source>
        <comment>fonts.unreadable</comment>
        <translation>{path}: жарамды қаріп файлы емес ({detail}).</translation>
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
        <source>it contains a space</source>
        <comment>import.email_has_space</comment>
        <translation>ішінде бос орын бар</translation>
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
        <source>looks like {name} &lt;{email}&gt;, already a participant ({differences}); imported as a separate person. If it is them, give this row the e-mail {email}</source>
        <comment>import.looks_like_known</comment>
        <translation>бұрыннан бар {name} &lt;{email}&gt; қатысушысына ұқсайды ({differences}); жеке адам ретінде импортталды. Егер бұл сол адам болса, осы жолда {email} эл. поштасын көрсетіңіз</translation>
    </message>
    <message>
        <source>looks like {name}, already a participant without an e-mail ({differences}); imported as a separate person. If it is them, give this row their name, country and organization exactly, or give them this row's e-mail on the Participants page</source>
        <comment>import.looks_like_known_no_email</comment>
        <translation>эл. поштасы жоқ, бұрыннан бар {name} қатысушысына ұқсайды ({differences}); жеке адам ретінде импортталды. Егер бұл сол адам болса, осы жолда оның аты-жөнін, елін және ұйымын дәл солай көрсетіңіз немесе «Қатысушылар» бетінде оған осы жолдағы эл. поштаны қосыңыз</translation>
    </message>
    <message>
        <source>looks like {name} on row {row} ({differences}); imported as a separate person. If it is the same person, give both rows the same e-mail</source>
        <comment>import.looks_like_row</comment>
        <translation>{row}-жолдағы {name} қатысушысына ұқсайды ({differences}); жеке адам ретінде импортталды. Егер бұл бір адам болса, екі жолда да бірдей эл. пошта көрсетіңіз</translation>
    </message>
    <message>
        <source>'{name}' is not a person's name: it is mostly digits</source>
        <comment>import.name_of_digits</comment>
        <translation>«{name}» — адамның аты емес: ол негізінен сандардан тұрады</translation>
    </message>
    <message>
        <source>'{name}' is not a person's name: it holds a colon</source>
        <comment>import.name_with_colon</comment>
        <translation>«{name}» — адамның аты емес: ішінде қос нүкте бар</translation>
    </message>
    <message>
        <source>'{name}' is not a person's name: it holds a phone number</source>
        <comment>import.name_with_phone</comment>
        <translation>«{name}» — адамның аты емес: ішінде телефон нөмірі бар</translation>
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
        <source>Adding participants</source>
        <comment>import.progress_adding</comment>
        <translation>Қатысушылар қосылуда</translation>
    </message>
    <message>
        <source>Copying the file aside</source>
        <comment>import.progress_backup</comment>
        <translation>Файлдың көшірмесі сақталуда</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <comment>import.progress_checking</comment>
        <translation>Жолдар тексерілуде</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <comment>import.progress_reading</comment>
        <translation>Файл оқылуда</translation>
    </message>
    <message>
        <source>Updating participants</source>
        <comment>import.progress_updating</comment>
        <translation>Қатысушылар жаңартылуда</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: it is the Course Manager file itself</source>
        <comment>import.rejects_is_database</comment>
        <translation>қабылданбаған жолдарды {path} файлына жазу мүмкін емес: бұл Course Manager файлының өзі</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: it is a folder</source>
        <comment>import.rejects_is_folder</comment>
        <translation>қабылданбаған жолдарды {path} файлына жазу мүмкін емес: бұл қалта</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: it is the file being imported</source>
        <comment>import.rejects_is_input</comment>
        <translation>қабылданбаған жолдарды {path} файлына жазу мүмкін емес: бұл импортталып жатқан файл</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: there is no folder {folder}</source>
        <comment>import.rejects_no_folder</comment>
        <translation>қабылданбаған жолдарды {path} файлына жазу мүмкін емес: {folder} қалтасы жоқ</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: {reason}</source>
        <comment>import.rejects_not_writable</comment>
        <translation>қабылданбаған жолдарды {path} файлына жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>the import itself was saved; write the rejected rows with --dry-run --rejects OUT</source>
        <comment>import.rejects_not_written</comment>
        <translation>импорттың өзі сақталды; қабылданбаған жолдарды --dry-run --rejects OUT арқылы жазыңыз</translation>
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
        <source>{source}: the {what} file is damaged (bad base64).</source>
        <comment>key.bad_base64</comment>
        <translation>{source}: файл ({what}) зақымдалған (base64 қате).</translation>
    </message>
    <message>
        <source>A key name may use letters, digits, '.', '-' and '_' only.</source>
        <comment>key.bad_name</comment>
        <translation>Кілт атауында тек әріптер, сандар, '.', '-' және '_' болуы мүмкін.</translation>
    </message>
    <message>
        <source>{path}: cannot read the {what} ({detail}).</source>
        <comment>key.cannot_read</comment>
        <translation>{path}: файлды ({what}) оқу мүмкін емес ({detail}).</translation>
    </message>
    <message>
        <source>{path}: the private key file is damaged (its two halves differ).</source>
        <comment>key.halves_differ</comment>
        <translation>{path}: жабық кілт файлы зақымдалған (оның екі жартысы сәйкес емес).</translation>
    </message>
    <message>
        <source>{source}: not a readable {what} (no PEM '{label}' block).</source>
        <comment>key.no_pem_block</comment>
        <translation>{source}: файл ({what}) оқылмайды (PEM '{label}' блогы жоқ).</translation>
    </message>
    <message>
        <source>{source}: {name} key, not an Ed25519 key.</source>
        <comment>key.not_ed25519</comment>
        <translation>{source}: бұл {name} кілті, Ed25519 кілті емес.</translation>
    </message>
    <message>
        <source>{source}: the private key is protected by a password; Course Manager needs it without one (openssl pkey -in KEY -out PLAIN writes such a copy).</source>
        <comment>key.password_protected</comment>
        <translation>{source}: жабық кілт құпиясөзбен қорғалған; Course Manager-ге құпиясөзсіз кілт керек (ондай көшірмені openssl pkey -in KEY -out PLAIN жасайды).</translation>
    </message>
    <message>
        <source>{source}: the {what} file is damaged (its PEM block is cut off).</source>
        <comment>key.pem_cut_off</comment>
        <translation>{source}: файл ({what}) зақымдалған (PEM блогы үзілген).</translation>
    </message>
    <message>
        <source>{source}: the private key file is damaged ({detail}).</source>
        <comment>key.private_damaged</comment>
        <translation>{source}: жабық кілт файлы зақымдалған ({detail}).</translation>
    </message>
    <message>
        <source>{source}: not a readable public key ({detail}).</source>
        <comment>key.public_unreadable</comment>
        <translation>{source}: ашық кілт оқылмайды ({detail}).</translation>
    </message>
    <message>
        <source>private key</source>
        <comment>key.what_private</comment>
        <translation>жабық кілт</translation>
    </message>
    <message>
        <source>public key</source>
        <comment>key.what_public</comment>
        <translation>ашық кілт</translation>
    </message>
    <message>
        <source>{source}: not a usable {what}: the file holds a '{found}' block where a '{label}' block is expected.</source>
        <comment>key.wrong_block</comment>
        <translation>{source}: файл ({what}) жарамсыз: онда '{found}' блогы бар, ал '{label}' блогы күтіледі.</translation>
    </message>
    <message>
        <source>The programme already has a module with code '{code}'.</source>
        <comment>module.code_taken</comment>
        <translation>Бағдарламада «{code}» коды бар модуль бұрыннан бар.</translation>
    </message>
    <message>
        <source>Cannot change {fields} of a module.</source>
        <comment>module.fixed_fields</comment>
        <translation>Модульдің мына өрістерін өзгерту мүмкін емес: {fields}.</translation>
    </message>
    <message>
        <source>There is no module with code '{code}'.</source>
        <comment>module.missing_code</comment>
        <translation>«{code}» коды бар модуль жоқ.</translation>
    </message>
    <message>
        <source>Module #{id} does not exist.</source>
        <comment>module.missing_id</comment>
        <translation>#{id} модулі жоқ.</translation>
    </message>
    <message>
        <source>A module needs an English title.</source>
        <comment>module.needs_title</comment>
        <translation>Модульге ағылшынша атау керек.</translation>
    </message>
    <message>
        <source>Module hours cannot be negative.</source>
        <comment>module.negative_hours</comment>
        <translation>Модуль сағаттары теріс бола алмайды.</translation>
    </message>
    <message>
        <source>Module {module} belongs to another programme.</source>
        <comment>module.other_programme</comment>
        <translation>{module} модулі басқа бағдарламаға жатады.</translation>
    </message>
    <message>
        <source>name at least one certificate serial number</source>
        <comment>ob3.no_serials</comment>
        <translation>кемінде бір сертификат нөмірін көрсетіңіз</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: {name} was not written (free some space there, or choose a folder on another disk).</source>
        <comment>output.disk_full</comment>
        <translation>{folder} орналасқан диск толы: {name} жазылмады (сол жерден орын босатыңыз немесе басқа дисктегі қалтаны таңдаңыз).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file name.</source>
        <comment>output.is_a_folder</comment>
        <translation>{path} — файл аты емес, қалта.</translation>
    </message>
    <message>
        <source>{folder} is not a folder: {path} cannot be written.</source>
        <comment>output.not_a_folder</comment>
        <translation>{folder} қалта емес: {path} жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>is it open in Excel or another program? Close it and try again</source>
        <comment>output.open_elsewhere_hint</comment>
        <translation>файл Excel-де немесе басқа бағдарламада ашық па? Оны жауып, қайталап көріңіз</translation>
    </message>
    <message>
        <source>Refusing to write {name!r} outside {folder}.</source>
        <comment>output.outside_folder</comment>
        <translation>{name!r} файлын {folder} қалтасынан тыс жазу тоқтатылды.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk: {name} cannot be written there (choose another folder).</source>
        <comment>output.read_only</comment>
        <translation>{folder} тек оқуға арналған дискте орналасқан: {name} оған жазу мүмкін емес (басқа қалтаны таңдаңыз).</translation>
    </message>
    <message>
        <source>{email} already belongs to participant #{id} ({name}).</source>
        <comment>participant.email_taken</comment>
        <translation>{email} бұрыннан #{id} қатысушыға ({name}) тиесілі.</translation>
    </message>
    <message>
        <source>This participant is enrolled in a cohort; withdraw them instead of deleting.</source>
        <comment>participant.enrolled</comment>
        <translation>Бұл қатысушы топқа жазылған; жоюдың орнына оны топтан шығарыңыз.</translation>
    </message>
    <message>
        <source>Participant #{id} does not exist.</source>
        <comment>participant.missing_id</comment>
        <translation>#{id} қатысушы жоқ.</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <comment>participant.needs_name</comment>
        <translation>Қатысушыға аты керек.</translation>
    </message>
    <message>
        <source>No participant has the e-mail {email}.</source>
        <comment>participant.unknown_email</comment>
        <translation>{email} эл. поштасы бар қатысушы жоқ.</translation>
    </message>
    <message>
        <source>A participant has no field '{field}'.</source>
        <comment>participant.unknown_field</comment>
        <translation>Қатысушыда «{field}» өрісі жоқ.</translation>
    </message>
    <message>
        <source>No participant is known as '{text}' (give an id or e-mail).</source>
        <comment>participant.unknown_reference</comment>
        <translation>«{text}» қатысушы табылмады (id немесе эл. поштаны көрсетіңіз).</translation>
    </message>
    <message>
        <source>This PDF cannot be split page by page (compressed objects).</source>
        <comment>pdf.cannot_split</comment>
        <translation>Бұл PDF-ті беттерге бөлу мүмкін емес (сығылған объектілер).</translation>
    </message>
    <message>
        <source>{path}: this PDF is password-protected (encrypted), so its certificate data cannot be read. Use the original PDF as issued, or check the verification code printed on it.</source>
        <comment>pdf.encrypted</comment>
        <translation>{path}: бұл PDF құпиясөзбен қорғалған (шифрланған), сондықтан сертификат деректерін оқу мүмкін емес. Берілген түпнұсқа PDF-ті пайдаланыңыз немесе онда басылған тексеру кодын тексеріңіз.</translation>
    </message>
    <message>
        <source>{path}: not a readable PDF ({detail}).</source>
        <comment>pdf.unreadable</comment>
        <translation>{path}: PDF оқылмайды ({detail}).</translation>
    </message>
    <message>
        <source>the template's PARTNER LOGO box {file}</source>
        <comment>placeholder.logo</comment>
        <translation>үлгідегі «PARTNER LOGO» жақтауы {file}</translation>
    </message>
    <message>
        <source>{count} "PARTNER LOGO" box(es)</source>
        <comment>placeholder.logos</comment>
        <translation>«PARTNER LOGO» жақтаулары: {count}</translation>
    </message>
    <message>
        <source>the signatories {names}</source>
        <comment>placeholder.signatories</comment>
        <translation>қол қоюшылар {names}</translation>
    </message>
    <message>
        <source>signatory {name!r}</source>
        <comment>placeholder.signatory</comment>
        <translation>қол қоюшы {name!r}</translation>
    </message>
    <message>
        <source>the template's drawn signature for {name!r}</source>
        <comment>placeholder.signature</comment>
        <translation>{name!r} үшін үлгідегі салынған қолтаңба</translation>
    </message>
    <message>
        <source>{count} drawn squiggle signature(s) of the template</source>
        <comment>placeholder.signatures</comment>
        <translation>үлгідегі салынған қолтаңбалар: {count}</translation>
    </message>
    <message>
        <source>Cohort</source>
        <comment>preflight.field.cohort</comment>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Cohort title</source>
        <comment>preflight.field.cohort_title</comment>
        <translation>Топ атауы</translation>
    </message>
    <message>
        <source>Dates</source>
        <comment>preflight.field.dates</comment>
        <translation>Күндер</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>preflight.field.full_name</comment>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <comment>preflight.field.full_name_latin</comment>
        <translation>Аты-жөні (латынша)</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>preflight.field.hours</comment>
        <translation>Сағаттар</translation>
    </message>
    <message>
        <source>Module title</source>
        <comment>preflight.field.module_title</comment>
        <translation>Модуль атауы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <comment>preflight.field.organisation</comment>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Place</source>
        <comment>preflight.field.place</comment>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <source>Programme</source>
        <comment>preflight.field.programme</comment>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Signatory</source>
        <comment>preflight.field.signatories</comment>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <source>Template text</source>
        <comment>preflight.field.template</comment>
        <translation>Үлгі мәтіні</translation>
    </message>
    <message>
        <source>the Latin form “{latin}” of “{name}” does not fit its line on the certificate at a readable size</source>
        <comment>preflight.latin_too_long</comment>
        <translation>«{name}» есімінің «{latin}» латын жазуы сертификаттағы өз жолына оқылатын өлшемде сыймайды</translation>
    </message>
    <message>
        <source>the name “{name}” does not fit the certificate, even on two lines at a readable size</source>
        <comment>preflight.name_too_long</comment>
        <translation>«{name}» есімі сертификатқа оқуға болатын өлшеммен екі жолға да сыймайды</translation>
    </message>
    <message>
        <source>{name} — {field}: characters no font can print: {characters}</source>
        <comment>preflight.person_cannot_print</comment>
        <translation>{name} — {field}: ешбір қаріп баса алмайтын таңбалар: {characters}</translation>
    </message>
    <message>
        <source>{field} “{text}”: characters no font can print: {characters}</source>
        <comment>preflight.text_cannot_print</comment>
        <translation>{field} «{text}»: ешбір қаріп баса алмайтын таңбалар: {characters}</translation>
    </message>
    <message>
        <source>{text!r} is not a page range; write pages like 1-3,7.</source>
        <comment>print.bad_pages</comment>
        <translation>{text!r} — бет ауқымы емес; мысалы, 1-3,7 деп жазыңыз.</translation>
    </message>
    <message>
        <source>No print system was found (lp or lpr).</source>
        <comment>print.no_print_system</comment>
        <translation>Басып шығару жүйесі табылмады (lp немесе lpr).</translation>
    </message>
    <message>
        <source>install CUPS, or print the PDF from a PDF viewer</source>
        <comment>print.no_print_system_hint</comment>
        <translation>CUPS орнатыңыз немесе PDF-ті PDF қарау бағдарламасынан басып шығарыңыз</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <comment>print.no_such_file</comment>
        <translation>{path}: мұндай файл жоқ.</translation>
    </message>
    <message>
        <source>{path}: not a PDF file.</source>
        <comment>print.not_a_pdf</comment>
        <translation>{path}: бұл PDF файлы емес.</translation>
    </message>
    <message>
        <source>The print system did not accept the file ({error}).</source>
        <comment>print.not_accepted</comment>
        <translation>Басып шығару жүйесі файлды қабылдамады ({error}).</translation>
    </message>
    <message>
        <source>Certificate {serial} is {status}; nothing was printed. Print the valid one instead.</source>
        <comment>print.not_valid</comment>
        <translation>{serial} сертификаты: {status}; ештеңе басылмады. Жарамдысын басыңыз.</translation>
    </message>
    <message>
        <source>There is no certificate to print.</source>
        <comment>print.nothing</comment>
        <translation>Басатын сертификат жоқ.</translation>
    </message>
    <message>
        <source>Every valid certificate of {cohort} was printed before.</source>
        <comment>print.nothing_new</comment>
        <translation>{cohort} тобының барлық жарамды сертификаттары бұрын басылған.</translation>
    </message>
    <message>
        <source>{path}: there is no page {page} (the file has {count}).</source>
        <comment>print.page_out_of_range</comment>
        <translation>{path}: {page}-бет жоқ (файлда {count} бет).</translation>
    </message>
    <message>
        <source>{path}: this PDF is password-protected (encrypted) and cannot be moved by the print offsets. Print the PDF as issued, or with offsets of 0.</source>
        <comment>print.pdf_encrypted</comment>
        <translation>{path}: бұл PDF құпиясөзбен қорғалған (шифрланған), оған басып шығару ығысуларын қолдану мүмкін емес. PDF-ті берілген күйінде немесе 0 ығысумен басып шығарыңыз.</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>print.progress_printing</comment>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Preparing the pages</source>
        <comment>print.progress_rendering</comment>
        <translation>Беттер дайындалуда</translation>
    </message>
    <message>
        <source>The print system refused the file: {detail}</source>
        <comment>print.refused</comment>
        <translation>Басып шығару жүйесі файлды қабылдамады: {detail}</translation>
    </message>
    <message>
        <source>Name the certificates to print: serial numbers or one cohort.</source>
        <comment>print.serials_or_cohort</comment>
        <translation>Қай сертификаттарды басу керегін көрсетіңіз: нөмірлер немесе бір топ.</translation>
    </message>
    <message>
        <source>A programme with code '{code}' already exists.</source>
        <comment>programme.code_taken</comment>
        <translation>«{code}» коды бар бағдарлама бұрыннан бар.</translation>
    </message>
    <message>
        <source>Cannot change {fields} of a programme.</source>
        <comment>programme.fixed_fields</comment>
        <translation>Бағдарламаның мына өрістерін өзгерту мүмкін емес: {fields}.</translation>
    </message>
    <message>
        <source>There is no programme with code '{code}'.</source>
        <comment>programme.missing_code</comment>
        <translation>«{code}» коды бар бағдарлама жоқ.</translation>
    </message>
    <message>
        <source>Programme #{id} does not exist.</source>
        <comment>programme.missing_id</comment>
        <translation>#{id} бағдарламасы жоқ.</translation>
    </message>
    <message>
        <source>A programme needs an English name.</source>
        <comment>programme.needs_name</comment>
        <translation>Бағдарламаға ағылшынша атау керек.</translation>
    </message>
    <message>
        <source>The file has no programme yet (create one with 'programme add').</source>
        <comment>programme.none_yet</comment>
        <translation>Файлда әлі бағдарлама жоқ (оны 'programme add' командасымен жасаңыз).</translation>
    </message>
    <message>
        <source>The file has several programmes: name one with --programme CODE.</source>
        <comment>programme.several</comment>
        <translation>Файлда бірнеше бағдарлама бар: біреуін --programme КОД арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>{what} does not exist.</source>
        <comment>record.missing</comment>
        <translation>{what} жоқ.</translation>
    </message>
    <message>
        <source>{serial}: the name {name!r} has characters no bundled font can draw ({characters}); nothing was printed.</source>
        <comment>render.name_undrawable</comment>
        <translation>{serial}: {name!r} атында ешбір кірістірілген қаріп сала алмайтын таңбалар бар ({characters}); ештеңе басылмады.</translation>
    </message>
    <message>
        <source>Unknown paper size {paper!r}; use A4 or Letter.</source>
        <comment>render.unknown_paper</comment>
        <translation>Белгісіз қағаз пішімі {paper!r}; A4 немесе Letter қолданыңыз.</translation>
    </message>
    <message>
        <source>There are no cohorts to report on yet.</source>
        <comment>report.no_cohorts</comment>
        <translation>Есепке арналған топтар әлі жоқ.</translation>
    </message>
    <message>
        <source>{name}: the report is an Excel file; give a name ending in .xlsx</source>
        <comment>report.not_xlsx</comment>
        <translation>{name}: есеп — Excel файлы; .xlsx деп аяқталатын атау беріңіз</translation>
    </message>
    <message>
        <source>{language}: reports are written in {known}; choose one of them</source>
        <comment>report.unknown_language</comment>
        <translation>{language}: есептер {known} тілдерінде жазылады; солардың бірін таңдаңыз</translation>
    </message>
    <message>
        <source>the setting {key!r} takes {expected}; {text!r} is not one</source>
        <comment>setting.bad_text</comment>
        <translation>{key!r} баптауы {expected} қабылдайды; {text!r} жарамсыз</translation>
    </message>
    <message>
        <source>certificates need one PDF per person, a merged PDF or both (certificate_separate_files and certificate_merged_file are both false)</source>
        <comment>setting.no_certificate_files</comment>
        <translation>сертификаттарға әр адамға бір PDF, біріктірілген PDF немесе екеуі де керек (certificate_separate_files және certificate_merged_file екеуі де false)</translation>
    </message>
    <message>
        <source>the setting {key!r} takes only {choices}, not {got!r}</source>
        <comment>setting.not_a_choice</comment>
        <translation>{key!r} баптауы тек {choices} қабылдайды, {got!r} емес</translation>
    </message>
    <message>
        <source>there is no setting {key!r} (known settings: {known})</source>
        <comment>setting.unknown</comment>
        <translation>{key!r} баптауы жоқ (белгілі баптаулар: {known})</translation>
    </message>
    <message>
        <source>the setting {key!r} takes {expected}, not {got!r}</source>
        <comment>setting.wrong_type</comment>
        <translation>{key!r} баптауы {expected} қабылдайды, {got!r} емес</translation>
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
        <source>{file}, row {row}: columns {first} and {second} both name module {module}.</source>
        <comment>signin.module_twice</comment>
        <translation>{file}, {row}-жол: {first} және {second} бағандары бір {module} модулін атайды.</translation>
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
        <source>{file}: no row in the first {rows} names a module of cohort {cohort} (its modules: {codes}); put module codes or titles over the mark columns.</source>
        <comment>signin.no_header</comment>
        <translation>{file}: алғашқы {rows} жолдың ешқайсысы {cohort} тобының модулін атамайды (оның модульдері: {codes}); белгі бағандарының үстіне модуль кодтарын немесе атауларын жазыңыз.</translation>
    </message>
    <message>
        <source>{file}, row {row}: there is no column of names (e.g. 'ФИО', 'Full name') or e-mails to tell who each row is.</source>
        <comment>signin.no_name_column</comment>
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
        <source>{hours:g} h is more than the module lasts ({module_hours:g} h)</source>
        <comment>signin.too_many_hours</comment>
        <translation>{hours:g} сағ модуль ұзақтығынан ({module_hours:g} сағ) көп</translation>
    </message>
    <message>
        <source>no one in {cohort} has this e-mail</source>
        <comment>signin.unknown_email</comment>
        <translation>{cohort} тобында бұл эл. поштамен ешкім жоқ</translation>
    </message>
    <message>
        <source>no one in {cohort} has this e-mail or the name '{name}'</source>
        <comment>signin.unknown_email_and_name</comment>
        <translation>{cohort} тобында бұл эл. поштамен немесе «{name}» атымен ешкім жоқ</translation>
    </message>
    <message>
        <source>no one in {cohort} has this name</source>
        <comment>signin.unknown_name</comment>
        <translation>{cohort} тобында бұл атпен ешкім жоқ</translation>
    </message>
    <message>
        <source>was withdrawn from {cohort}; marks not imported</source>
        <comment>signin.withdrawn</comment>
        <translation>{cohort} тобынан шығарылған; белгілер импортталмады</translation>
    </message>
    <message>
        <source>{file}: sign-in sheets are read from .xlsx, .xlsb, .ods, .xls or .csv files.</source>
        <comment>signin.wrong_kind</comment>
        <translation>{file}: қатысу парақтары .xlsx, .xlsb, .ods, .xls немесе .csv файлдарынан оқылады.</translation>
    </message>
    <message>
        <source>Module {module} is not run by cohort {cohort}.</source>
        <comment>signin_sheet.module_not_run</comment>
        <translation>{module} модулі {cohort} тобында өтпейді.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in {cohort} yet; there is no one to list.</source>
        <comment>signin_sheet.nobody_enrolled</comment>
        <translation>{cohort} тобына әзірге ешкім жазылмаған; тізімге енгізетін ешкім жоқ.</translation>
    </message>
    <message>
        <source>{name}: the sign-in sheet is a PDF; give a name ending in .pdf</source>
        <comment>signin_sheet.not_pdf</comment>
        <translation>{name}: қатысу парағы — PDF; .pdf деп аяқталатын атау беріңіз</translation>
    </message>
    <message>
        <source>{language}: sign-in sheets are written in {known}; choose among them</source>
        <comment>signin_sheet.unknown_language</comment>
        <translation>{language}: тіркеу парақтары {known} тілдерінде жасалады; солардың ішінен таңдаңыз</translation>
    </message>
    <message>
        <source>A certificate field contains a control character.</source>
        <comment>signing.control_character</comment>
        <translation>Сертификат өрісінде басқару таңбасы бар.</translation>
    </message>
    <message>
        <source>{file}: sheet '{sheet}' spans {rows:,} rows by {columns:,} columns, more than the {limit:,} cells a list is read in.</source>
        <comment>spreadsheet.area_beyond_budget</comment>
        <translation>{file}: «{sheet}» парағы {rows:,} жол мен {columns:,} бағанды алады — тізім оқылатын {limit:,} ұяшықтан көп.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet or text list (it holds binary data).</source>
        <comment>spreadsheet.binary</comment>
        <translation>{file} кесте де, мәтіндік тізім де емес (онда екілік деректер бар).</translation>
    </message>
    <message>
        <source>{file}: sheet '{sheet}' has a value in cell {cell}, beyond the {rows:,} rows and {columns:,} columns a list is read in.</source>
        <comment>spreadsheet.cell_beyond_budget</comment>
        <translation>{file}: «{sheet}» парағында {cell} ұяшығында мән бар, ол тізім оқылатын {rows:,} жол мен {columns:,} бағаннан тыс.</translation>
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
        <source>delete what lies beyond the list (Ctrl+End shows the last cell) and save the file again</source>
        <comment>spreadsheet.far_cell_hint</comment>
        <translation>тізімнен тыс жатқанның бәрін жойыңыз (Ctrl+End соңғы ұяшықты көрсетеді) және файлды қайта сақтаңыз</translation>
    </message>
    <message>
        <source>{file} is {size_mb:.1f} MB; a list of up to {limit_mb} MB is read.</source>
        <comment>spreadsheet.file_too_big</comment>
        <translation>{file} көлемі {size_mb:.1f} МБ; {limit_mb} МБ-қа дейінгі тізімдер оқылады.</translation>
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
        <source>{path}: no such file.</source>
        <comment>spreadsheet.not_found</comment>
        <translation>{path}: мұндай файл жоқ.</translation>
    </message>
    <message>
        <source>{file}: its part {part} unpacks to more than {limit_mb} MB; this is not a participant list.</source>
        <comment>spreadsheet.part_too_big</comment>
        <translation>{file}: оның {part} бөлігі {limit_mb} МБ-тан артық болып ашылады; бұл қатысушылар тізімі емес.</translation>
    </message>
    <message>
        <source>save it from the spreadsheet program as .xlsx, .ods or .csv and try again</source>
        <comment>spreadsheet.save_as_hint</comment>
        <translation>оны кесте бағдарламасында .xlsx, .ods немесе .csv ретінде сақтап, қайта көріңіз</translation>
    </message>
    <message>
        <source>{file} has more than {rows:,} rows or {columns:,} columns; a list is read within these.</source>
        <comment>spreadsheet.text_beyond_budget</comment>
        <translation>{file}: {rows:,} жолдан немесе {columns:,} бағаннан көп; тізім осы шектерде оқылады.</translation>
    </message>
    <message>
        <source>{file} holds more than {limit:,} different texts; this is not a participant list.</source>
        <comment>spreadsheet.too_many_strings</comment>
        <translation>{file} ішінде {limit:,} әртүрлі мәтіннен көп; бұл қатысушылар тізімі емес.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet ({detail}).</source>
        <comment>spreadsheet.unreadable</comment>
        <translation>{file} кесте ретінде оқылмайды ({detail}).</translation>
    </message>
    <message>
        <source>available: {names}</source>
        <comment>template.available</comment>
        <translation>қолжетімді: {names}</translation>
    </message>
    <message>
        <source>{where}: element {element}: image {src} is missing.</source>
        <comment>template.image_missing</comment>
        <translation>{where}: {element}-элемент: {src} суреті жоқ.</translation>
    </message>
    <message>
        <source>{where}: the key {key!r} is missing.</source>
        <comment>template.key_missing</comment>
        <translation>{where}: {key!r} кілті жоқ.</translation>
    </message>
    <message>
        <source>There is no certificate template named {name!r}.</source>
        <comment>template.not_found</comment>
        <translation>{name!r} атты сертификат үлгісі жоқ.</translation>
    </message>
    <message>
        <source>{where}: element {element} uses unknown fields {fields}.</source>
        <comment>template.unknown_fields</comment>
        <translation>{where}: {element}-элемент белгісіз өрістерді қолданады: {fields}.</translation>
    </message>
    <message>
        <source>{where}: element {element} has an unknown type {kind!r}.</source>
        <comment>template.unknown_type</comment>
        <translation>{where}: {element}-элементтің түрі белгісіз: {kind!r}.</translation>
    </message>
    <message>
        <source>{path}: not a readable template ({detail}).</source>
        <comment>template.unreadable</comment>
        <translation>{path}: үлгі оқылмайды ({detail}).</translation>
    </message>
    <message>
        <source>{text}</source>
        <comment>text</comment>
        <translation>{text}</translation>
    </message>
    <message>
        <source>Enter a code for the {what} (letters, digits, '-', '_' or '.', up to 40 characters).</source>
        <comment>value.code_empty</comment>
        <translation>Кодты енгізіңіз ({what} коды: әріптер, сандар, '-', '_' немесе '.', 40 таңбадан аспасын).</translation>
    </message>
    <message>
        <source>'{value}' is not a valid {what} code: use letters, digits, '-', '_' or '.', up to 40 characters.</source>
        <comment>value.code_invalid</comment>
        <translation>«{value}» — {what} коды ретінде жарамсыз: әріптер, сандар, '-', '_' немесе '.' қолданыңыз, 40 таңбадан аспасын.</translation>
    </message>
    <message>
        <source>cohort</source>
        <comment>value.code_of.cohort</comment>
        <translation>топ</translation>
    </message>
    <message>
        <source>module</source>
        <comment>value.code_of.module</comment>
        <translation>модуль</translation>
    </message>
    <message>
        <source>programme</source>
        <comment>value.code_of.programme</comment>
        <translation>бағдарлама</translation>
    </message>
    <message>
        <source>'{text}' is not an ISO 3166-1 alpha-2 country code (e.g. KZ, KR, GE).</source>
        <comment>value.country_code_invalid</comment>
        <translation>«{text}» ISO 3166-1 alpha-2 ел коды емес (мысалы, KZ, KR, GE).</translation>
    </message>
    <message>
        <source>'{text}' is not a valid {what} (use YYYY-MM-DD).</source>
        <comment>value.date_invalid</comment>
        <translation>«{text}» {what} ретінде жарамсыз (ЖЖЖЖ-АА-КК пайдаланыңыз).</translation>
    </message>
    <message>
        <source>date</source>
        <comment>value.date_of.date</comment>
        <translation>күн</translation>
    </message>
    <message>
        <source>end date</source>
        <comment>value.date_of.end</comment>
        <translation>аяқталу күні</translation>
    </message>
    <message>
        <source>module date</source>
        <comment>value.date_of.module</comment>
        <translation>модуль күні</translation>
    </message>
    <message>
        <source>start date</source>
        <comment>value.date_of.start</comment>
        <translation>басталу күні</translation>
    </message>
    <message>
        <source>'{text}' is not a valid e-mail address: {detail}</source>
        <comment>value.email_invalid</comment>
        <translation>«{text}» дұрыс эл. пошта мекенжайы емес: {detail}</translation>
    </message>
    <message>
        <source>'{value}' is not a gender this app records (female, male or unspecified).</source>
        <comment>value.gender_invalid</comment>
        <translation>«{value}» — қолданба жазатын жыныс емес (әйел, ер немесе бос қалдырыңыз).</translation>
    </message>
    <message>
        <source>minimum attendance</source>
        <comment>value.share_of.min_attendance</comment>
        <translation>Ең төменгі қатысу</translation>
    </message>
    <message>
        <source>{what} must be between 0 and 100 %.</source>
        <comment>value.share_out_of_range</comment>
        <translation>{what}: мән 0 мен 100 % аралығында болуы керек.</translation>
    </message>
    <message>
        <source>certificate {serial} was altered after it was issued: {what}</source>
        <comment>verify.altered</comment>
        <translation>{serial} сертификаты берілгеннен кейін өзгертілген: {what}</translation>
    </message>
    <message>
        <source>annotations were added to page {page} ({kinds})</source>
        <comment>verify.altered.annotations</comment>
        <translation>{page}-бетке аннотациялар қосылған ({kinds})</translation>
    </message>
    <message>
        <source>the page's drawing differs from the issued file {file}</source>
        <comment>verify.altered.content</comment>
        <translation>беттің суреті берілген {file} файлынан өзгеше</translation>
    </message>
    <message>
        <source>the page does not show the signed dates {start} – {end}</source>
        <comment>verify.altered.dates</comment>
        <translation>бетте қол қойылған {start} – {end} күндері жоқ</translation>
    </message>
    <message>
        <source>form fields were added to the file</source>
        <comment>verify.altered.form</comment>
        <translation>файлға форма өрістері қосылған</translation>
    </message>
    <message>
        <source>the page does not show the signed name {name!r}</source>
        <comment>verify.altered.name</comment>
        <translation>бетте қол қойылған {name!r} есімі жоқ</translation>
    </message>
    <message>
        <source>the page does not show the registered Latin spelling of the name {name!r}</source>
        <comment>verify.altered.name_latin</comment>
        <translation>бетте есімнің тіркелген латынша жазылуы {name!r} жоқ</translation>
    </message>
    <message>
        <source>a filled rectangle is drawn over the name</source>
        <comment>verify.altered.over_fill</comment>
        <translation>есімнің үстіне боялған тіктөртбұрыш салынған</translation>
    </message>
    <message>
        <source>an image or drawing ({name}) is drawn over the name</source>
        <comment>verify.altered.over_image</comment>
        <translation>есімнің үстіне сурет немесе сызба ({name}) салынған</translation>
    </message>
    <message>
        <source>the text {text!r} is drawn over the name</source>
        <comment>verify.altered.over_text</comment>
        <translation>есімнің үстіне {text!r} мәтіні жазылған</translation>
    </message>
    <message>
        <source>the file's PDF signature does not match its content: the file was changed after signing</source>
        <comment>verify.altered.pdf_signature</comment>
        <translation>Файлдың PDF қолтаңбасы мазмұнына сәйкес келмейді: файл қол қойылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <source>the file's PDF signature was made with another key than its QR code's</source>
        <comment>verify.altered.pdf_signer</comment>
        <translation>Файлдың PDF қолтаңбасы оның QR-кодынан басқа кілтпен қойылған</translation>
    </message>
    <message>
        <source>an update was appended to the file ({count} revisions; an issued certificate has one)</source>
        <comment>verify.altered.revisions</comment>
        <translation>файлға жаңарту жалғанған ({count} редакция; берілген сертификатта біреу)</translation>
    </message>
    <message>
        <source>the page does not show the signed serial {serial}</source>
        <comment>verify.altered.serial</comment>
        <translation>бетте қол қойылған {serial} нөмірі жоқ</translation>
    </message>
    <message>
        <source>the signature does not match: the certificate data was altered</source>
        <comment>verify.bad_signature</comment>
        <translation>қолтаңба сәйкес емес: сертификат деректері өзгертілген</translation>
    </message>
    <message>
        <source>a code can only be checked against the issuing office's register</source>
        <comment>verify.code_needs_register</comment>
        <translation>кодты тек берген ұйымның тізілімі бойынша тексеруге болады</translation>
    </message>
    <message>
        <source>the QR text is damaged (not base32)</source>
        <comment>verify.damaged_qr</comment>
        <translation>QR мәтіні зақымдалған (base32 емес)</translation>
    </message>
    <message>
        <source>the check character does not match: the code was mistyped</source>
        <comment>verify.mistyped</comment>
        <translation>бақылау таңбасы сәйкес келмейді: код қате терілген</translation>
    </message>
    <message>
        <source>certificate {serial} carries this office's signature but its register does not hold it: it was never recorded as issued</source>
        <comment>verify.never_recorded</comment>
        <translation>{serial} сертификатына осы кеңсенің кілтімен қол қойылған, бірақ оның тізілімінде ол жоқ: ол берілген ретінде тіркелмеген</translation>
    </message>
    <message>
        <source>{path}: no certificate QR code found in this PDF</source>
        <comment>verify.no_qr_in_pdf</comment>
        <translation>{path}: бұл PDF ішінде сертификаттың QR-коды табылмады</translation>
    </message>
    <message>
        <source>no certificate with code {code} in this register</source>
        <comment>verify.no_such_code</comment>
        <translation>бұл тізілімде {code} коды бар сертификат жоқ</translation>
    </message>
    <message>
        <source>no certificate with serial {serial} in this register</source>
        <comment>verify.no_such_serial</comment>
        <translation>бұл тізілімде {serial} нөмірлі сертификат жоқ</translation>
    </message>
    <message>
        <source>this is not a Course Manager certificate code</source>
        <comment>verify.not_a_code</comment>
        <translation>бұл Course Manager сертификатының коды емес</translation>
    </message>
    <message>
        <source>the payload is not a certificate record ({detail})</source>
        <comment>verify.not_a_record</comment>
        <translation>деректер сертификат жазбасы емес ({detail})</translation>
    </message>
    <message>
        <source>{text}: neither a PDF file, a serial number, a certificate code nor a QR text</source>
        <comment>verify.not_a_subject</comment>
        <translation>{text}: бұл PDF файлы да, сертификат нөмірі де, сертификат коды да, QR-код мәтіні де емес</translation>
    </message>
    <message>
        <source>certificate {serial} in this register is not this one (it was issued to {name}); this copy was never recorded as issued</source>
        <comment>verify.not_recorded</comment>
        <translation>бұл тізілімдегі {serial} сертификаты басқа (ол {name} атына берілген); бұл көшірме берілген ретінде ешқашан тіркелмеген</translation>
    </message>
    <message>
        <source>the register's record of {serial} fails its check: {reason}</source>
        <comment>verify.record_fails</comment>
        <translation>тізілімдегі {serial} туралы жазба тексеруден өтпейді: {reason}</translation>
    </message>
    <message>
        <source>this proves the register entry, not the paper or file in your hand: compare its name, dates and verification code with this entry, or check the PDF itself</source>
        <comment>verify.register_only</comment>
        <translation>бұл қолыңыздағы қағазды не файлды емес, тізілімдегі жазбаны растайды: есімді, күндерді және тексеру кодын осы жазбамен салыстырыңыз немесе PDF-тің өзін тексеріңіз</translation>
    </message>
    <message>
        <source>certificate {serial} was replaced by {newer}</source>
        <comment>verify.replaced</comment>
        <translation>{serial} сертификаты {newer} сертификатымен ауыстырылды</translation>
    </message>
    <message>
        <source>certificate {serial} was revoked on {date}: {reason}</source>
        <comment>verify.revoked</comment>
        <translation>{serial} сертификаты {date} күні кері қайтарылды: {reason}</translation>
    </message>
    <message>
        <source>a serial number can only be checked against the issuing office's register</source>
        <comment>verify.serial_needs_register</comment>
        <translation>сертификат нөмірін тек берген ұйымның тізілімі бойынша тексеруге болады</translation>
    </message>
    <message>
        <source>signed by a key this office does not know (key {kid}); import the issuing office's public key to check it</source>
        <comment>verify.unknown_key</comment>
        <translation>бұл ұйымға белгісіз кілтпен қол қойылған (кілт {kid}); тексеру үшін берген ұйымның ашық кілтін импорттаңыз</translation>
    </message>
    <message>
        <source>the verification page address must start with https:// or http:// and hold no '#': {url!r}</source>
        <comment>verify_page.bad_url</comment>
        <translation>тексеру бетінің мекенжайы https:// немесе http:// деп басталуы және '#' белгісін қамтымауы керек: {url!r}</translation>
    </message>
</context>
</TS>
