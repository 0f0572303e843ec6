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
        <source>Today's automatic backup of {path} could not be written: {reason}</source>
        <comment>backup.daily_failed</comment>
        <translation>Сегодняшнюю автоматическую резервную копию {path} не удалось записать: {reason}</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <comment>backup.file_not_found</comment>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <source>{path} is read-only: no backup can be written beside it.</source>
        <comment>backup.folder_read_only</comment>
        <translation>{path} доступен только для чтения: рядом с ним нельзя записать резервную копию.</translation>
    </message>
    <message>
        <source>write the copy to a folder you can write to (--out FILE)</source>
        <comment>backup.hint_elsewhere</comment>
        <translation>запишите копию в папку, доступную для записи (--out ФАЙЛ)</translation>
    </message>
    <message>
        <source>{path} is not a sound Course Manager backup.</source>
        <comment>backup.not_sound</comment>
        <translation>{path} — неисправная резервная копия Course Manager.</translation>
    </message>
    <message>
        <source>{path} is not a sound Course Manager backup: {problem}.</source>
        <comment>backup.not_sound_because</comment>
        <translation>{path} — неисправная резервная копия Course Manager: {problem}.</translation>
    </message>
    <message>
        <source>A file cannot be restored from itself.</source>
        <comment>backup.restore_from_itself</comment>
        <translation>Файл нельзя восстановить из него самого.</translation>
    </message>
    <message>
        <source>{path} could not be restored: {reason}.</source>
        <comment>backup.restore_not_written</comment>
        <translation>Не удалось восстановить {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <comment>backup.target_exists</comment>
        <translation>{path} уже существует; выберите новое имя файла.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Course Manager.</source>
        <comment>backup.too_new</comment>
        <translation>{path} записан более новой версией Course Manager.</translation>
    </message>
    <message>
        <source>Certificate #{id} does not exist.</source>
        <comment>certificate.missing_id</comment>
        <translation>Сертификата #{id} не существует.</translation>
    </message>
    <message>
        <source>There is no certificate with serial {serial!r}.</source>
        <comment>certificate.missing_serial</comment>
        <translation>Нет сертификата с номером {serial!r}.</translation>
    </message>
    <message>
        <source>Certificate {serial} was already replaced by {newer}.</source>
        <comment>certificates.already_replaced</comment>
        <translation>Сертификат {serial} уже заменён на {newer}.</translation>
    </message>
    <message>
        <source>Certificate {serial} was already revoked on {date}.</source>
        <comment>certificates.already_revoked</comment>
        <translation>Сертификат {serial} уже отозван {date}.</translation>
    </message>
    <message>
        <source>The certificate image {path} does not exist.</source>
        <comment>certificates.image_missing</comment>
        <translation>Изображения сертификата {path} не существует.</translation>
    </message>
    <message>
        <source>The name has characters no bundled font can draw: {characters}</source>
        <comment>certificates.name_undrawable</comment>
        <translation>В имени есть символы, которые не может нарисовать ни один встроенный шрифт: {characters}</translation>
    </message>
    <message>
        <source>The certificates would print placeholder content: {items}. Nothing was issued.</source>
        <comment>certificates.placeholders</comment>
        <translation>На сертификатах были бы напечатаны заглушки: {items}. Ничего не выдано.</translation>
    </message>
    <message>
        <source>set the real ones in the app's Settings, or with `course-manager settings set signatories '[{{"name": "...", "title_en": "...", "signature_image": "/path/sign.png"}}]'` and `course-manager settings set logos /path/logo.png`; or give --allow-placeholders</source>
        <comment>certificates.placeholders_hint</comment>
        <translation>укажите настоящие в настройках программы или командами `course-manager settings set signatories '[{{"name": "...", "title_en": "...", "signature_image": "/path/sign.png"}}]'` и `course-manager settings set logos /path/logo.png`; либо укажите --allow-placeholders</translation>
    </message>
    <message>
        <source>{count} text(s) contain characters no bundled font can draw; correct the names (or add a font) before printing.</source>
        <comment>certificates.preflight_failed</comment>
        <translation>В текстах ({count}) есть символы, которые не может нарисовать ни один встроенный шрифт; исправьте имена (или добавьте шрифт) перед печатью.</translation>
    </message>
    <message>
        <source>Name the certificates to print: serial numbers, or --cohort C (with --only-new if wanted).</source>
        <comment>certificates.print_which</comment>
        <translation>Укажите, какие сертификаты печатать: номера или --cohort C (при желании с --only-new).</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>certificates.progress_done</comment>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Rendering</source>
        <comment>certificates.progress_rendering</comment>
        <translation>Создание PDF</translation>
    </message>
    <message>
        <source>Signing</source>
        <comment>certificates.progress_signing</comment>
        <translation>Подписание</translation>
    </message>
    <message>
        <source>Certificate {serial} was revoked; issue a new one instead.</source>
        <comment>certificates.reissue_revoked</comment>
        <translation>Сертификат {serial} отозван; выдайте вместо него новый.</translation>
    </message>
    <message>
        <source>Give the reason for revoking the certificate.</source>
        <comment>certificates.revoke_needs_reason</comment>
        <translation>Укажите причину отзыва сертификата.</translation>
    </message>
    <message>
        <source>The serial pattern {pattern!r} is not valid ({error}); use {{programme}}, {{year}}, {{cohort}} and {{seq:04d}} (or {{number:05d}}).</source>
        <comment>certificates.serial_pattern_invalid</comment>
        <translation>Шаблон номера {pattern!r} неверен ({error}); используйте {{programme}}, {{year}}, {{cohort}} и {{seq:04d}} (или {{number:05d}}).</translation>
    </message>
    <message>
        <source>The serial pattern {pattern!r} needs a {{seq}} number.</source>
        <comment>certificates.serial_pattern_no_seq</comment>
        <translation>В шаблоне номера {pattern!r} нужен порядковый номер {{seq}}.</translation>
    </message>
    <message>
        <source>already holds certificate {serial}</source>
        <comment>certificates.skip.already_holds</comment>
        <translation>уже имеет сертификат {serial}</translation>
    </message>
    <message>
        <source>the certificate cannot be made: {reason}</source>
        <comment>certificates.skip.cannot_draw</comment>
        <translation>сертификат невозможно изготовить: {reason}</translation>
    </message>
    <message>
        <source>the certificate cannot be made (drawing failed: {detail})</source>
        <comment>certificates.skip.drawing_failed</comment>
        <translation>сертификат невозможно изготовить (ошибка отрисовки: {detail})</translation>
    </message>
    <message>
        <source>the Latin form {latin!r} does not fit its line on the certificate at a readable size</source>
        <comment>certificates.skip.latin_too_long</comment>
        <translation>латинская форма {latin!r} не помещается в свою строку сертификата при читаемом размере</translation>
    </message>
    <message>
        <source>the name {name!r} does not fit the certificate, even on two lines at a readable size</source>
        <comment>certificates.skip.name_too_long</comment>
        <translation>имя {name!r} не помещается на сертификат даже в две строки читаемого размера</translation>
    </message>
    <message>
        <source>the name has characters no bundled font can draw: {characters}</source>
        <comment>certificates.skip.name_undrawable</comment>
        <translation>в имени есть символы, которые не может нарисовать ни один встроенный шрифт: {characters}</translation>
    </message>
    <message>
        <source>not completed: {reason}</source>
        <comment>certificates.skip.not_completed</comment>
        <translation>не завершил(а): {reason}</translation>
    </message>
    <message>
        <source>not enrolled in {cohort}</source>
        <comment>certificates.skip.not_enrolled</comment>
        <translation>не записан(а) в {cohort}</translation>
    </message>
    <message>
        <source>The certificate text has characters no font can draw: {characters!r} in {text!r}.</source>
        <comment>certificates.text_undrawable</comment>
        <translation>В тексте сертификата есть символы, которые не может нарисовать ни один шрифт: {characters!r} в {text!r}.</translation>
    </message>
    <message>
        <source>cannot be opened: {error}</source>
        <comment>check.cannot_open</comment>
        <translation>не удаётся открыть: {error}</translation>
    </message>
    <message>
        <source>{path} is damaged ({count} problem(s) found).</source>
        <comment>check.damaged</comment>
        <translation>{path} повреждён (найдено проблем: {count}).</translation>
    </message>
    <message>
        <source>no sound backup was found; restore a copy if you have one</source>
        <comment>check.hint_no_sound_backup</comment>
        <translation>исправная резервная копия не найдена; восстановите копию, если она у вас есть</translation>
    </message>
    <message>
        <source>restore the newest sound backup: course-manager --db "{path}" restore "{backup}"</source>
        <comment>check.hint_restore_newest</comment>
        <translation>восстановите новейшую исправную резервную копию: course-manager --db "{path}" restore "{backup}"</translation>
    </message>
    <message>
        <source>{table} row {rowid} points to a missing {parent} row</source>
        <comment>check.missing_parent_row</comment>
        <translation>строка {rowid} таблицы {table} ссылается на отсутствующую строку {parent}</translation>
    </message>
    <message>
        <source>an override needs --completed yes|no and --reason TEXT</source>
        <comment>cli.override_needs</comment>
        <translation>для ручного решения нужны --completed yes|no и --reason ТЕКСТ</translation>
    </message>
    <message>
        <source>--completed and --reason go with --override ID_OR_EMAIL</source>
        <comment>cli.override_only</comment>
        <translation>--completed и --reason используются вместе с --override ID_ИЛИ_ПОЧТА</translation>
    </message>
    <message>
        <source>give the participant's name with --name</source>
        <comment>cli.participant_name_missing</comment>
        <translation>укажите имя участника через --name</translation>
    </message>
    <message>
        <source>A cohort with code '{code}' already exists.</source>
        <comment>cohort.code_taken</comment>
        <translation>Группа с кодом «{code}» уже существует.</translation>
    </message>
    <message>
        <source>The cohort ends ({end}) before it starts ({start}).</source>
        <comment>cohort.ends_before_start</comment>
        <translation>Группа заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <source>Cannot change {fields} of a cohort.</source>
        <comment>cohort.fixed_fields</comment>
        <translation>У группы нельзя изменить: {fields}.</translation>
    </message>
    <message>
        <source>There is no cohort with code '{code}'.</source>
        <comment>cohort.missing_code</comment>
        <translation>Группы с кодом «{code}» нет.</translation>
    </message>
    <message>
        <source>Cohort #{id} does not exist.</source>
        <comment>cohort.missing_id</comment>
        <translation>Группы #{id} не существует.</translation>
    </message>
    <message>
        <source>The minimum score cannot be negative.</source>
        <comment>cohort.negative_min_score</comment>
        <translation>Минимальный балл не может быть отрицательным.</translation>
    </message>
    <message>
        <source>'{language}' is not a language of instruction this app knows.</source>
        <comment>cohort.unknown_language</comment>
        <translation>«{language}» — неизвестный приложению язык обучения.</translation>
    </message>
    <message>
        <source>This module already has {count} attendance marks; remove them first.</source>
        <comment>cohort_module.has_marks</comment>
        <translation>У этого модуля уже есть отметки посещения ({count}); сначала удалите их.</translation>
    </message>
    <message>
        <source>Cohort {cohort} does not run a module '{module}'.</source>
        <comment>cohort_module.missing_code</comment>
        <translation>В группе {cohort} нет модуля «{module}».</translation>
    </message>
    <message>
        <source>Cohort module #{id} does not exist.</source>
        <comment>cohort_module.missing_id</comment>
        <translation>Модуля группы #{id} не существует.</translation>
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
        <source>{path} is busy: another window or program is writing to it.</source>
        <comment>database.busy</comment>
        <translation>{path} занят: в него пишет другое окно или программа.</translation>
    </message>
    <message>
        <source>try again in a moment</source>
        <comment>database.busy_hint</comment>
        <translation>попробуйте снова через минуту</translation>
    </message>
    <message>
        <source>{path} cannot be opened.</source>
        <comment>database.cannot_open</comment>
        <translation>{path} не удаётся открыть.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}.</source>
        <comment>database.cannot_open_because</comment>
        <translation>{path} не удаётся открыть: {reason}.</translation>
    </message>
    <message>
        <source>choose another file, or restore a copy of the file if you have one</source>
        <comment>database.choose_or_restore_a_copy</comment>
        <translation>выберите другой файл или восстановите копию файла, если она у вас есть</translation>
    </message>
    <message>
        <source>choose another file, or restore the newest backup: course-manager --db "{path}" restore "{backup}"</source>
        <comment>database.choose_or_restore_newest</comment>
        <translation>выберите другой файл или восстановите новейшую резервную копию: course-manager --db "{path}" restore "{backup}"</translation>
    </message>
    <message>
        <source>copy it to a folder you can write to, then open the copy</source>
        <comment>database.copy_to_writable_hint</comment>
        <translation>скопируйте его в папку, доступную для записи, и откройте копию</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a Course Manager file.</source>
        <comment>database.damaged</comment>
        <translation>{path} повреждён или не является файлом Course Manager.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full or failing: nothing was changed.</source>
        <comment>database.disk_full</comment>
        <translation>Диск с файлом {path} заполнен или неисправен: ничего не изменено.</translation>
    </message>
    <message>
        <source>{path} is empty, though backups of it exist: the file was damaged (emptied or cut short).</source>
        <comment>database.empty_with_backups</comment>
        <translation>{path} пуст, хотя его резервные копии существуют: файл повреждён (очищен или обрезан).</translation>
    </message>
    <message>
        <source>close the other window and try again</source>
        <comment>database.hint_close_other_window</comment>
        <translation>закройте другое окно и попробуйте снова</translation>
    </message>
    <message>
        <source>{path} is a folder, not a Course Manager file.</source>
        <comment>database.is_folder</comment>
        <translation>{path} — это папка, а не файл Course Manager.</translation>
    </message>
    <message>
        <source>{path} must be brought up to this version's format, which first copies it to {folder}, but the copy could not be written ({reason}). Nothing was changed.</source>
        <comment>database.migration_backup_failed</comment>
        <translation>{path} нужно привести к формату этой версии, для чего файл сначала копируется в {folder}, но копию записать не удалось ({reason}). Ничего не изменено.</translation>
    </message>
    <message>
        <source>{path} cannot be created: the folder {folder} is read-only.</source>
        <comment>database.new_in_read_only_folder</comment>
        <translation>Невозможно создать {path}: папка {folder} доступна только для чтения.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <comment>database.no_folder</comment>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <source>a file, not a folder, has that name</source>
        <comment>database.not_a_folder_reason</comment>
        <translation>это имя занято файлом, а не папкой</translation>
    </message>
    <message>
        <source>{path} is not a Course Manager file (it is another program's database); nothing was changed in it.</source>
        <comment>database.not_ours</comment>
        <translation>{path} — не файл Course Manager (это база данных другой программы); в нём ничего не изменено.</translation>
    </message>
    <message>
        <source>choose a Course Manager file, or a new file name</source>
        <comment>database.not_ours_hint</comment>
        <translation>выберите файл Course Manager или новое имя файла</translation>
    </message>
    <message>
        <source>{path} is not a Course Manager file (it is not an SQLite database).</source>
        <comment>database.not_sqlite</comment>
        <translation>{path} не является файлом Course Manager (это не база данных SQLite).</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <comment>database.other</comment>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is read-only: changes cannot be saved.</source>
        <comment>database.read_only</comment>
        <translation>{path} доступен только для чтения: изменения нельзя сохранить.</translation>
    </message>
    <message>
        <source>{path} is read-only and must be updated to this version's format before use.</source>
        <comment>database.read_only_needs_migration</comment>
        <translation>{path} доступен только для чтения, а перед работой его нужно обновить до формата этой версии.</translation>
    </message>
    <message>
        <source>restore a copy of the file if you have one</source>
        <comment>database.restore_a_copy</comment>
        <translation>восстановите копию файла, если она у вас есть</translation>
    </message>
    <message>
        <source>restore the newest backup: course-manager --db "{path}" restore "{backup}"</source>
        <comment>database.restore_newest</comment>
        <translation>восстановите новейшую резервную копию: course-manager --db "{path}" restore "{backup}"</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Course Manager (file format {version}, this version reads up to {supported}).</source>
        <comment>database.too_new</comment>
        <translation>{path} записан более новой версией Course Manager (формат файла {version}, эта версия читает до {supported}).</translation>
    </message>
    <message>
        <source>install the newer version to open it</source>
        <comment>database.too_new_hint</comment>
        <translation>установите более новую версию, чтобы открыть его</translation>
    </message>
    <message>
        <source>{path} is damaged: the file was cut short ({size} of {expected} bytes).</source>
        <comment>database.truncated</comment>
        <translation>{path} повреждён: файл обрезан ({size} из {expected} байт).</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <comment>database.unreadable</comment>
        <translation>{path} не удаётся прочитать: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <comment>database.unreadable_permission</comment>
        <translation>{path} не удаётся прочитать: доступ запрещён.</translation>
    </message>
    <message>
        <source>The demo data {path} is missing from this installation.</source>
        <comment>demo.missing</comment>
        <translation>Демонстрационные данные {path} отсутствуют в этой установке.</translation>
    </message>
    <message>
        <source>smtp_security must be starttls, tls or none, not {value!r}.</source>
        <comment>email.bad_security</comment>
        <translation>smtp_security может быть только starttls, tls или none, а не {value!r}.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the login of {user}: {detail}</source>
        <comment>email.login_failed</comment>
        <translation>Почтовый сервер {host} не принял вход пользователя {user}: {detail}</translation>
    </message>
    <message>
        <source>No password for {user} on {host} in the system keyring: type it in the Password field.</source>
        <comment>email.needs_password</comment>
        <translation>В системном хранилище нет пароля для {user} на {host}: введите его в поле «Пароль».</translation>
    </message>
    <message>
        <source>No password for {user} on {host}: keep it in the system keyring (keyring set 'course-manager smtp' {user}@{host}), set {env}, or run this in a terminal to be asked.</source>
        <comment>email.no_password</comment>
        <translation>Нет пароля для {user} на {host}: сохраните его в системном хранилище паролей (keyring set 'course-manager smtp' {user}@{host}), задайте {env} или запустите команду в терминале, чтобы ввести его.</translation>
    </message>
    <message>
        <source>No sender address is set: set mail_from (or smtp_user to an address).</source>
        <comment>email.no_sender</comment>
        <translation>Не задан адрес отправителя: задайте mail_from (или адрес в smtp_user).</translation>
    </message>
    <message>
        <source>No mail server is set: set smtp_host (and smtp_port, smtp_security, smtp_user, mail_from), or write drafts with --eml-dir instead.</source>
        <comment>email.no_server</comment>
        <translation>Почтовый сервер не задан: задайте smtp_host (и smtp_port, smtp_security, smtp_user, mail_from) или запишите черновики с --eml-dir.</translation>
    </message>
    <message>
        <source>Name the certificates to send: serial numbers or a cohort.</source>
        <comment>email.nothing_chosen</comment>
        <translation>Укажите, какие сертификаты отправить: номера или группу.</translation>
    </message>
    <message>
        <source>Sending to {name}</source>
        <comment>email.progress_sending</comment>
        <translation>Отправка: {name}</translation>
    </message>
    <message>
        <source>the server refused the address: {detail}</source>
        <comment>email.refused</comment>
        <translation>сервер отклонил адрес: {detail}</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} failed: {detail}. Those sent before were recorded; run it again to send the rest.</source>
        <comment>email.server_failed</comment>
        <translation>Ошибка почтового сервера {host}:{port}: {detail}. Уже отправленные письма записаны; запустите отправку снова, чтобы отправить остальные.</translation>
    </message>
    <message>
        <source>already sent to {email} at {at}</source>
        <comment>email.skip.already_sent</comment>
        <translation>уже отправлено на {email} ({at})</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <comment>email.skip.no_email</comment>
        <translation>нет адреса электронной почты</translation>
    </message>
    <message>
        <source>no PDF of this certificate in {folder} (reissue it or write its file)</source>
        <comment>email.skip.no_pdf</comment>
        <translation>нет PDF этого сертификата в {folder} (переиздайте его или запишите его файл)</translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <comment>email.skip.revoked</comment>
        <translation>сертификат отозван</translation>
    </message>
    <message>
        <source>the certificate was replaced by {newer}</source>
        <comment>email.skip.superseded</comment>
        <translation>сертификат заменён на {newer}</translation>
    </message>
    <message>
        <source>Enrollment #{id} does not exist.</source>
        <comment>enrollment.missing_id</comment>
        <translation>Записи #{id} не существует.</translation>
    </message>
    <message>
        <source>Participant #{participant} is not enrolled in this cohort.</source>
        <comment>enrollment.not_enrolled</comment>
        <translation>Участник #{participant} не записан в эту группу.</translation>
    </message>
    <message>
        <source>Conflict {id} is resolved already.</source>
        <comment>exchange.already_resolved</comment>
        <translation>Конфликт {id} уже решён.</translation>
    </message>
    <message>
        <source>An office name may use letters, digits, spaces, '.', '-' and '_' (1 to 40 characters).</source>
        <comment>exchange.bad_office_name</comment>
        <translation>Название офиса может содержать буквы, цифры, пробелы, '.', '-' и '_' (от 1 до 40 символов).</translation>
    </message>
    <message>
        <source>The decision on conflict {id} cannot be applied: {reason}.</source>
        <comment>exchange.cannot_apply</comment>
        <translation>Решение по конфликту {id} нельзя применить: {reason}.</translation>
    </message>
    <message>
        <source>{path} exists already; a clone is written to a new file.</source>
        <comment>exchange.clone_exists</comment>
        <translation>{path} уже существует; копия записывается в новый файл.</translation>
    </message>
    <message>
        <source>{path} is an exchange file, but this programme file takes part in no exchange yet; nothing was changed.</source>
        <comment>exchange.never_exchanged</comment>
        <translation>{path} — файл обмена, но этот файл программы ещё не участвует в обмене; ничего не изменено.</translation>
    </message>
    <message>
        <source>open the file the office was cloned from, or clone this one with 'exchange clone'</source>
        <comment>exchange.never_exchanged_hint</comment>
        <translation>откройте файл, из которого был сделан офис, или сделайте копию этого командой 'exchange clone'</translation>
    </message>
    <message>
        <source>There is no conflict {id}.</source>
        <comment>exchange.no_conflict</comment>
        <translation>Конфликта {id} нет.</translation>
    </message>
    <message>
        <source>Conflict {id} is about a whole row: keep ours or theirs (a value cannot be typed).</source>
        <comment>exchange.no_value_here</comment>
        <translation>Конфликт {id} касается целой строки: оставьте наше или их (значение ввести нельзя).</translation>
    </message>
    <message>
        <source>{path} is not a Course Manager exchange file.</source>
        <comment>exchange.not_exchange_file</comment>
        <translation>{path} не является файлом обмена Course Manager.</translation>
    </message>
    <message>
        <source>An office named {name} exists already.</source>
        <comment>exchange.office_taken</comment>
        <translation>Офис с названием {name} уже есть.</translation>
    </message>
    <message>
        <source>{path} is an exchange file of another programme; nothing was changed.</source>
        <comment>exchange.other_programme</comment>
        <translation>{path} — файл обмена другой программы; ничего не изменено.</translation>
    </message>
    <message>
        <source>{path} was written by an office with another version of Course Manager; nothing was changed.</source>
        <comment>exchange.other_version</comment>
        <translation>{path} записан офисом с другой версией Course Manager; ничего не изменено.</translation>
    </message>
    <message>
        <source>install the same version in both offices</source>
        <comment>exchange.other_version_hint</comment>
        <translation>установите одну и ту же версию в обоих офисах</translation>
    </message>
    <message>
        <source>{path} was altered or damaged after it was written (its signature does not match); nothing was changed.</source>
        <comment>exchange.tampered</comment>
        <translation>{path} был изменён или повреждён после записи (подпись не совпадает); ничего не изменено.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}.</source>
        <comment>export.cannot_write</comment>
        <translation>{path} не удаётся записать: {reason}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <comment>export.no_folder</comment>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <source>{path} cannot be written: permission denied.</source>
        <comment>export.permission_denied</comment>
        <translation>{path} не удаётся записать: доступ запрещён.</translation>
    </message>
    <message>
        <source>Cannot write '{fmt}' files (use csv or xlsx).</source>
        <comment>export.unknown_format</comment>
        <translation>Файлы «{fmt}» записать нельзя (используйте csv или xlsx).</translation>
    </message>
    <message>
        <source>The font file {path} does not exist.</source>
        <comment>fonts.missing</comment>
        <translation>Файл шрифта {path} не существует.</translation>
    </message>
    <message>
        <source>{path}: the font draws no letters (no Unicode characters with outlines).</source>
        <comment>fonts.no_glyphs</comment>
        <translation>{path}: шрифт не рисует ни одной буквы (нет символов Unicode с контурами).</translation>
    </message>
    <message>
        <source>{path}: not a usable font file ({detail}).</source>
        <comment>fonts.unreadable</comment>
        <translation>{path}: это не пригодный файл шрифта ({detail}).</translation>
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
        <source>it contains a space</source>
        <comment>import.email_has_space</comment>
        <translation>в нём есть пробел</translation>
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
        <source>looks like {name} &lt;{email}&gt;, already a participant ({differences}); imported as a separate person. If it is them, give this row the e-mail {email}</source>
        <comment>import.looks_like_known</comment>
        <translation>похоже на уже известного участника {name} &lt;{email}&gt; ({differences}); импортирован как отдельный человек. Если это он же, укажите в этой строке адрес эл. почты {email}</translation>
    </message>
    <message>
        <source>looks like {name}, already a participant without an e-mail ({differences}); imported as a separate person. If it is them, give this row their name, country and organization exactly, or give them this row's e-mail on the Participants page</source>
        <comment>import.looks_like_known_no_email</comment>
        <translation>похоже на уже известного участника {name} без адреса эл. почты ({differences}); импортирован как отдельный человек. Если это он же, укажите в этой строке в точности его ФИО, страну и организацию или добавьте ему адрес эл. почты из этой строки на странице «Участники»</translation>
    </message>
    <message>
        <source>looks like {name} on row {row} ({differences}); imported as a separate person. If it is the same person, give both rows the same e-mail</source>
        <comment>import.looks_like_row</comment>
        <translation>похоже на участника {name} из строки {row} ({differences}); импортирован как отдельный человек. Если это один и тот же человек, укажите в обеих строках один адрес эл. почты</translation>
    </message>
    <message>
        <source>'{name}' is not a person's name: it is mostly digits</source>
        <comment>import.name_of_digits</comment>
        <translation>«{name}» — не имя человека: это почти одни цифры</translation>
    </message>
    <message>
        <source>'{name}' is not a person's name: it holds a colon</source>
        <comment>import.name_with_colon</comment>
        <translation>«{name}» — не имя человека: в нём есть двоеточие</translation>
    </message>
    <message>
        <source>'{name}' is not a person's name: it holds a phone number</source>
        <comment>import.name_with_phone</comment>
        <translation>«{name}» — не имя человека: в нём номер телефона</translation>
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
        <source>Adding participants</source>
        <comment>import.progress_adding</comment>
        <translation>Добавление участников</translation>
    </message>
    <message>
        <source>Copying the file aside</source>
        <comment>import.progress_backup</comment>
        <translation>Копирование файла в резерв</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <comment>import.progress_checking</comment>
        <translation>Проверка строк</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <comment>import.progress_reading</comment>
        <translation>Чтение файла</translation>
    </message>
    <message>
        <source>Updating participants</source>
        <comment>import.progress_updating</comment>
        <translation>Обновление участников</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: it is the Course Manager file itself</source>
        <comment>import.rejects_is_database</comment>
        <translation>нельзя записать отклонённые строки в {path}: это сам файл Course Manager</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: it is a folder</source>
        <comment>import.rejects_is_folder</comment>
        <translation>нельзя записать отклонённые строки в {path}: это папка</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: it is the file being imported</source>
        <comment>import.rejects_is_input</comment>
        <translation>нельзя записать отклонённые строки в {path}: это импортируемый файл</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: there is no folder {folder}</source>
        <comment>import.rejects_no_folder</comment>
        <translation>нельзя записать отклонённые строки в {path}: нет папки {folder}</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: {reason}</source>
        <comment>import.rejects_not_writable</comment>
        <translation>нельзя записать отклонённые строки в {path}: {reason}</translation>
    </message>
    <message>
        <source>the import itself was saved; write the rejected rows with --dry-run --rejects OUT</source>
        <comment>import.rejects_not_written</comment>
        <translation>сам импорт сохранён; запишите отклонённые строки командой с --dry-run --rejects OUT</translation>
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
        <source>{source}: the {what} file is damaged (bad base64).</source>
        <comment>key.bad_base64</comment>
        <translation>{source}: файл ({what}) повреждён (неверный base64).</translation>
    </message>
    <message>
        <source>A key name may use letters, digits, '.', '-' and '_' only.</source>
        <comment>key.bad_name</comment>
        <translation>Имя ключа может содержать только буквы, цифры, '.', '-' и '_'.</translation>
    </message>
    <message>
        <source>{path}: cannot read the {what} ({detail}).</source>
        <comment>key.cannot_read</comment>
        <translation>{path}: не удаётся прочитать файл ({what}) ({detail}).</translation>
    </message>
    <message>
        <source>{path}: the private key file is damaged (its two halves differ).</source>
        <comment>key.halves_differ</comment>
        <translation>{path}: файл закрытого ключа повреждён (две его половины не совпадают).</translation>
    </message>
    <message>
        <source>{source}: not a readable {what} (no PEM '{label}' block).</source>
        <comment>key.no_pem_block</comment>
        <translation>{source}: файл ({what}) не читается (нет блока PEM '{label}').</translation>
    </message>
    <message>
        <source>{source}: {name} key, not an Ed25519 key.</source>
        <comment>key.not_ed25519</comment>
        <translation>{source}: это ключ {name}, а не ключ Ed25519.</translation>
    </message>
    <message>
        <source>{source}: the private key is protected by a password; Course Manager needs it without one (openssl pkey -in KEY -out PLAIN writes such a copy).</source>
        <comment>key.password_protected</comment>
        <translation>{source}: закрытый ключ защищён паролем; Course Manager нужен ключ без пароля (такую копию создаёт openssl pkey -in KEY -out PLAIN).</translation>
    </message>
    <message>
        <source>{source}: the {what} file is damaged (its PEM block is cut off).</source>
        <comment>key.pem_cut_off</comment>
        <translation>{source}: файл ({what}) повреждён (блок PEM обрезан).</translation>
    </message>
    <message>
        <source>{source}: the private key file is damaged ({detail}).</source>
        <comment>key.private_damaged</comment>
        <translation>{source}: файл закрытого ключа повреждён ({detail}).</translation>
    </message>
    <message>
        <source>{source}: not a readable public key ({detail}).</source>
        <comment>key.public_unreadable</comment>
        <translation>{source}: открытый ключ не читается ({detail}).</translation>
    </message>
    <message>
        <source>private key</source>
        <comment>key.what_private</comment>
        <translation>закрытый ключ</translation>
    </message>
    <message>
        <source>public key</source>
        <comment>key.what_public</comment>
        <translation>открытый ключ</translation>
    </message>
    <message>
        <source>{source}: not a usable {what}: the file holds a '{found}' block where a '{label}' block is expected.</source>
        <comment>key.wrong_block</comment>
        <translation>{source}: файл ({what}) не подходит: в нём блок '{found}', а ожидается блок '{label}'.</translation>
    </message>
    <message>
        <source>The programme already has a module with code '{code}'.</source>
        <comment>module.code_taken</comment>
        <translation>В программе уже есть модуль с кодом «{code}».</translation>
    </message>
    <message>
        <source>Cannot change {fields} of a module.</source>
        <comment>module.fixed_fields</comment>
        <translation>У модуля нельзя изменить: {fields}.</translation>
    </message>
    <message>
        <source>There is no module with code '{code}'.</source>
        <comment>module.missing_code</comment>
        <translation>Модуля с кодом «{code}» нет.</translation>
    </message>
    <message>
        <source>Module #{id} does not exist.</source>
        <comment>module.missing_id</comment>
        <translation>Модуля #{id} не существует.</translation>
    </message>
    <message>
        <source>A module needs an English title.</source>
        <comment>module.needs_title</comment>
        <translation>Модулю нужно название на английском.</translation>
    </message>
    <message>
        <source>Module hours cannot be negative.</source>
        <comment>module.negative_hours</comment>
        <translation>Часы модуля не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>Module {module} belongs to another programme.</source>
        <comment>module.other_programme</comment>
        <translation>Модуль {module} относится к другой программе.</translation>
    </message>
    <message>
        <source>name at least one certificate serial number</source>
        <comment>ob3.no_serials</comment>
        <translation>укажите хотя бы один номер сертификата</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: {name} was not written (free some space there, or choose a folder on another disk).</source>
        <comment>output.disk_full</comment>
        <translation>Диск, на котором находится {folder}, заполнен: {name} не записан (освободите там место или выберите папку на другом диске).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file name.</source>
        <comment>output.is_a_folder</comment>
        <translation>{path} — это папка, а не имя файла.</translation>
    </message>
    <message>
        <source>{folder} is not a folder: {path} cannot be written.</source>
        <comment>output.not_a_folder</comment>
        <translation>{folder} — не папка: {path} невозможно записать.</translation>
    </message>
    <message>
        <source>is it open in Excel or another program? Close it and try again</source>
        <comment>output.open_elsewhere_hint</comment>
        <translation>файл открыт в Excel или другой программе? Закройте его и повторите попытку</translation>
    </message>
    <message>
        <source>Refusing to write {name!r} outside {folder}.</source>
        <comment>output.outside_folder</comment>
        <translation>Запись {name!r} вне папки {folder} отклонена.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk: {name} cannot be written there (choose another folder).</source>
        <comment>output.read_only</comment>
        <translation>{folder} находится на диске только для чтения: {name} невозможно записать туда (выберите другую папку).</translation>
    </message>
    <message>
        <source>{email} already belongs to participant #{id} ({name}).</source>
        <comment>participant.email_taken</comment>
        <translation>{email} уже принадлежит участнику #{id} ({name}).</translation>
    </message>
    <message>
        <source>This participant is enrolled in a cohort; withdraw them instead of deleting.</source>
        <comment>participant.enrolled</comment>
        <translation>Этот участник записан в группу; отчислите его вместо удаления.</translation>
    </message>
    <message>
        <source>Participant #{id} does not exist.</source>
        <comment>participant.missing_id</comment>
        <translation>Участника #{id} не существует.</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <comment>participant.needs_name</comment>
        <translation>Участнику нужно имя.</translation>
    </message>
    <message>
        <source>No participant has the e-mail {email}.</source>
        <comment>participant.unknown_email</comment>
        <translation>Нет участника с адресом эл. почты {email}.</translation>
    </message>
    <message>
        <source>A participant has no field '{field}'.</source>
        <comment>participant.unknown_field</comment>
        <translation>У участника нет поля «{field}».</translation>
    </message>
    <message>
        <source>No participant is known as '{text}' (give an id or e-mail).</source>
        <comment>participant.unknown_reference</comment>
        <translation>Участник «{text}» не найден (укажите id или адрес эл. почты).</translation>
    </message>
    <message>
        <source>This PDF cannot be split page by page (compressed objects).</source>
        <comment>pdf.cannot_split</comment>
        <translation>Этот PDF нельзя разделить по страницам (сжатые объекты).</translation>
    </message>
    <message>
        <source>{path}: this PDF is password-protected (encrypted), so its certificate data cannot be read. Use the original PDF as issued, or check the verification code printed on it.</source>
        <comment>pdf.encrypted</comment>
        <translation>{path}: этот PDF защищён паролем (зашифрован), поэтому данные сертификата прочитать нельзя. Используйте исходный PDF в том виде, в каком он выдан, или проверьте напечатанный на нём код проверки.</translation>
    </message>
    <message>
        <source>{path}: not a readable PDF ({detail}).</source>
        <comment>pdf.unreadable</comment>
        <translation>{path}: PDF не читается ({detail}).</translation>
    </message>
    <message>
        <source>the template's PARTNER LOGO box {file}</source>
        <comment>placeholder.logo</comment>
        <translation>рамка «PARTNER LOGO» из шаблона {file}</translation>
    </message>
    <message>
        <source>{count} "PARTNER LOGO" box(es)</source>
        <comment>placeholder.logos</comment>
        <translation>рамки «PARTNER LOGO»: {count}</translation>
    </message>
    <message>
        <source>the signatories {names}</source>
        <comment>placeholder.signatories</comment>
        <translation>подписанты {names}</translation>
    </message>
    <message>
        <source>signatory {name!r}</source>
        <comment>placeholder.signatory</comment>
        <translation>подписант {name!r}</translation>
    </message>
    <message>
        <source>the template's drawn signature for {name!r}</source>
        <comment>placeholder.signature</comment>
        <translation>нарисованная подпись из шаблона для {name!r}</translation>
    </message>
    <message>
        <source>{count} drawn squiggle signature(s) of the template</source>
        <comment>placeholder.signatures</comment>
        <translation>нарисованные подписи-закорючки из шаблона: {count}</translation>
    </message>
    <message>
        <source>Cohort</source>
        <comment>preflight.field.cohort</comment>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Cohort title</source>
        <comment>preflight.field.cohort_title</comment>
        <translation>Название группы</translation>
    </message>
    <message>
        <source>Dates</source>
        <comment>preflight.field.dates</comment>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>preflight.field.full_name</comment>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <comment>preflight.field.full_name_latin</comment>
        <translation>ФИО (латиницей)</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>preflight.field.hours</comment>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Module title</source>
        <comment>preflight.field.module_title</comment>
        <translation>Название модуля</translation>
    </message>
    <message>
        <source>Organisation</source>
        <comment>preflight.field.organisation</comment>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Place</source>
        <comment>preflight.field.place</comment>
        <translation>Место</translation>
    </message>
    <message>
        <source>Programme</source>
        <comment>preflight.field.programme</comment>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Signatory</source>
        <comment>preflight.field.signatories</comment>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>Template text</source>
        <comment>preflight.field.template</comment>
        <translation>Текст шаблона</translation>
    </message>
    <message>
        <source>the Latin form “{latin}” of “{name}” does not fit its line on the certificate at a readable size</source>
        <comment>preflight.latin_too_long</comment>
        <translation>латинская форма «{latin}» имени «{name}» не помещается в свою строку сертификата при читаемом размере</translation>
    </message>
    <message>
        <source>the name “{name}” does not fit the certificate, even on two lines at a readable size</source>
        <comment>preflight.name_too_long</comment>
        <translation>имя «{name}» не помещается на сертификат даже в две строки читаемого размера</translation>
    </message>
    <message>
        <source>{name} — {field}: characters no font can print: {characters}</source>
        <comment>preflight.person_cannot_print</comment>
        <translation>{name} — {field}: символы, которые не печатает ни один шрифт: {characters}</translation>
    </message>
    <message>
        <source>{field} “{text}”: characters no font can print: {characters}</source>
        <comment>preflight.text_cannot_print</comment>
        <translation>{field} «{text}»: символы, которые не печатает ни один шрифт: {characters}</translation>
    </message>
    <message>
        <source>{text!r} is not a page range; write pages like 1-3,7.</source>
        <comment>print.bad_pages</comment>
        <translation>{text!r} — не диапазон страниц; пишите, например, 1-3,7.</translation>
    </message>
    <message>
        <source>No print system was found (lp or lpr).</source>
        <comment>print.no_print_system</comment>
        <translation>Система печати не найдена (lp или lpr).</translation>
    </message>
    <message>
        <source>install CUPS, or print the PDF from a PDF viewer</source>
        <comment>print.no_print_system_hint</comment>
        <translation>установите CUPS или напечатайте PDF из программы просмотра PDF</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <comment>print.no_such_file</comment>
        <translation>{path}: файл не найден.</translation>
    </message>
    <message>
        <source>{path}: not a PDF file.</source>
        <comment>print.not_a_pdf</comment>
        <translation>{path}: это не файл PDF.</translation>
    </message>
    <message>
        <source>The print system did not accept the file ({error}).</source>
        <comment>print.not_accepted</comment>
        <translation>Система печати не приняла файл ({error}).</translation>
    </message>
    <message>
        <source>Certificate {serial} is {status}; nothing was printed. Print the valid one instead.</source>
        <comment>print.not_valid</comment>
        <translation>Сертификат {serial}: {status}; ничего не напечатано. Напечатайте действующий.</translation>
    </message>
    <message>
        <source>There is no certificate to print.</source>
        <comment>print.nothing</comment>
        <translation>Нет сертификатов для печати.</translation>
    </message>
    <message>
        <source>Every valid certificate of {cohort} was printed before.</source>
        <comment>print.nothing_new</comment>
        <translation>Все действующие сертификаты группы {cohort} уже печатались.</translation>
    </message>
    <message>
        <source>{path}: there is no page {page} (the file has {count}).</source>
        <comment>print.page_out_of_range</comment>
        <translation>{path}: страницы {page} нет (в файле {count}).</translation>
    </message>
    <message>
        <source>{path}: this PDF is password-protected (encrypted) and cannot be moved by the print offsets. Print the PDF as issued, or with offsets of 0.</source>
        <comment>print.pdf_encrypted</comment>
        <translation>{path}: этот PDF защищён паролем (зашифрован), и сдвиги печати к нему применить нельзя. Напечатайте PDF как выдан или со сдвигами 0.</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>print.progress_printing</comment>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Preparing the pages</source>
        <comment>print.progress_rendering</comment>
        <translation>Подготовка страниц</translation>
    </message>
    <message>
        <source>The print system refused the file: {detail}</source>
        <comment>print.refused</comment>
        <translation>Система печати отклонила файл: {detail}</translation>
    </message>
    <message>
        <source>Name the certificates to print: serial numbers or one cohort.</source>
        <comment>print.serials_or_cohort</comment>
        <translation>Укажите, какие сертификаты печатать: номера или одну группу.</translation>
    </message>
    <message>
        <source>A programme with code '{code}' already exists.</source>
        <comment>programme.code_taken</comment>
        <translation>Программа с кодом «{code}» уже существует.</translation>
    </message>
    <message>
        <source>Cannot change {fields} of a programme.</source>
        <comment>programme.fixed_fields</comment>
        <translation>У программы нельзя изменить: {fields}.</translation>
    </message>
    <message>
        <source>There is no programme with code '{code}'.</source>
        <comment>programme.missing_code</comment>
        <translation>Программы с кодом «{code}» нет.</translation>
    </message>
    <message>
        <source>Programme #{id} does not exist.</source>
        <comment>programme.missing_id</comment>
        <translation>Программы #{id} не существует.</translation>
    </message>
    <message>
        <source>A programme needs an English name.</source>
        <comment>programme.needs_name</comment>
        <translation>Программе нужно название на английском.</translation>
    </message>
    <message>
        <source>The file has no programme yet (create one with 'programme add').</source>
        <comment>programme.none_yet</comment>
        <translation>В файле ещё нет программы (создайте её командой 'programme add').</translation>
    </message>
    <message>
        <source>The file has several programmes: name one with --programme CODE.</source>
        <comment>programme.several</comment>
        <translation>В файле несколько программ: укажите одну через --programme КОД.</translation>
    </message>
    <message>
        <source>{what} does not exist.</source>
        <comment>record.missing</comment>
        <translation>{what} не существует.</translation>
    </message>
    <message>
        <source>{serial}: the name {name!r} has characters no bundled font can draw ({characters}); nothing was printed.</source>
        <comment>render.name_undrawable</comment>
        <translation>{serial}: в имени {name!r} есть символы, которые не может нарисовать ни один встроенный шрифт ({characters}); ничего не напечатано.</translation>
    </message>
    <message>
        <source>Unknown paper size {paper!r}; use A4 or Letter.</source>
        <comment>render.unknown_paper</comment>
        <translation>Неизвестный формат бумаги {paper!r}; используйте A4 или Letter.</translation>
    </message>
    <message>
        <source>There are no cohorts to report on yet.</source>
        <comment>report.no_cohorts</comment>
        <translation>Пока нет групп для отчёта.</translation>
    </message>
    <message>
        <source>{name}: the report is an Excel file; give a name ending in .xlsx</source>
        <comment>report.not_xlsx</comment>
        <translation>{name}: отчёт — это файл Excel; укажите имя с окончанием .xlsx</translation>
    </message>
    <message>
        <source>{language}: reports are written in {known}; choose one of them</source>
        <comment>report.unknown_language</comment>
        <translation>{language}: отчёты пишутся на языках {known}; выберите один из них</translation>
    </message>
    <message>
        <source>the setting {key!r} takes {expected}; {text!r} is not one</source>
        <comment>setting.bad_text</comment>
        <translation>настройка {key!r} принимает {expected}; {text!r} не подходит</translation>
    </message>
    <message>
        <source>certificates need one PDF per person, a merged PDF or both (certificate_separate_files and certificate_merged_file are both false)</source>
        <comment>setting.no_certificate_files</comment>
        <translation>для сертификатов нужен PDF на каждого человека, общий PDF или оба (certificate_separate_files и certificate_merged_file оба равны false)</translation>
    </message>
    <message>
        <source>the setting {key!r} takes only {choices}, not {got!r}</source>
        <comment>setting.not_a_choice</comment>
        <translation>настройка {key!r} принимает только {choices}, а не {got!r}</translation>
    </message>
    <message>
        <source>there is no setting {key!r} (known settings: {known})</source>
        <comment>setting.unknown</comment>
        <translation>настройки {key!r} нет (известные настройки: {known})</translation>
    </message>
    <message>
        <source>the setting {key!r} takes {expected}, not {got!r}</source>
        <comment>setting.wrong_type</comment>
        <translation>настройка {key!r} принимает {expected}, а не {got!r}</translation>
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
        <source>{file}, row {row}: columns {first} and {second} both name module {module}.</source>
        <comment>signin.module_twice</comment>
        <translation>{file}, строка {row}: столбцы {first} и {second} оба называют модуль {module}.</translation>
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
        <source>{file}: no row in the first {rows} names a module of cohort {cohort} (its modules: {codes}); put module codes or titles over the mark columns.</source>
        <comment>signin.no_header</comment>
        <translation>{file}: ни одна из первых {rows} строк не называет модуль группы {cohort} (её модули: {codes}); напишите коды или названия модулей над столбцами отметок.</translation>
    </message>
    <message>
        <source>{file}, row {row}: there is no column of names (e.g. 'ФИО', 'Full name') or e-mails to tell who each row is.</source>
        <comment>signin.no_name_column</comment>
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
        <source>{hours:g} h is more than the module lasts ({module_hours:g} h)</source>
        <comment>signin.too_many_hours</comment>
        <translation>{hours:g} ч больше длительности модуля ({module_hours:g} ч)</translation>
    </message>
    <message>
        <source>no one in {cohort} has this e-mail</source>
        <comment>signin.unknown_email</comment>
        <translation>в {cohort} нет никого с этим адресом эл. почты</translation>
    </message>
    <message>
        <source>no one in {cohort} has this e-mail or the name '{name}'</source>
        <comment>signin.unknown_email_and_name</comment>
        <translation>в {cohort} нет никого с этим адресом эл. почты или именем «{name}»</translation>
    </message>
    <message>
        <source>no one in {cohort} has this name</source>
        <comment>signin.unknown_name</comment>
        <translation>в {cohort} нет никого с этим именем</translation>
    </message>
    <message>
        <source>was withdrawn from {cohort}; marks not imported</source>
        <comment>signin.withdrawn</comment>
        <translation>отчислен(а) из {cohort}; отметки не импортированы</translation>
    </message>
    <message>
        <source>{file}: sign-in sheets are read from .xlsx, .xlsb, .ods, .xls or .csv files.</source>
        <comment>signin.wrong_kind</comment>
        <translation>{file}: листы посещаемости читаются из файлов .xlsx, .xlsb, .ods, .xls или .csv.</translation>
    </message>
    <message>
        <source>Module {module} is not run by cohort {cohort}.</source>
        <comment>signin_sheet.module_not_run</comment>
        <translation>Модуль {module} не проводится в группе {cohort}.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in {cohort} yet; there is no one to list.</source>
        <comment>signin_sheet.nobody_enrolled</comment>
        <translation>В группу {cohort} пока никто не записан; в списке некого указать.</translation>
    </message>
    <message>
        <source>{name}: the sign-in sheet is a PDF; give a name ending in .pdf</source>
        <comment>signin_sheet.not_pdf</comment>
        <translation>{name}: лист посещаемости — это PDF; укажите имя с окончанием .pdf</translation>
    </message>
    <message>
        <source>{language}: sign-in sheets are written in {known}; choose among them</source>
        <comment>signin_sheet.unknown_language</comment>
        <translation>{language}: листы регистрации составляются на языках {known}; выберите из них</translation>
    </message>
    <message>
        <source>A certificate field contains a control character.</source>
        <comment>signing.control_character</comment>
        <translation>Поле сертификата содержит управляющий символ.</translation>
    </message>
    <message>
        <source>{file}: sheet '{sheet}' spans {rows:,} rows by {columns:,} columns, more than the {limit:,} cells a list is read in.</source>
        <comment>spreadsheet.area_beyond_budget</comment>
        <translation>{file}: лист «{sheet}» занимает {rows:,} строк на {columns:,} столбцов — больше {limit:,} ячеек, в пределах которых читается список.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet or text list (it holds binary data).</source>
        <comment>spreadsheet.binary</comment>
        <translation>{file} — не таблица и не текстовый список (в нём двоичные данные).</translation>
    </message>
    <message>
        <source>{file}: sheet '{sheet}' has a value in cell {cell}, beyond the {rows:,} rows and {columns:,} columns a list is read in.</source>
        <comment>spreadsheet.cell_beyond_budget</comment>
        <translation>{file}: на листе «{sheet}» есть значение в ячейке {cell}, за пределами {rows:,} строк и {columns:,} столбцов, в которых читается список.</translation>
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
        <source>delete what lies beyond the list (Ctrl+End shows the last cell) and save the file again</source>
        <comment>spreadsheet.far_cell_hint</comment>
        <translation>удалите всё, что лежит за пределами списка (Ctrl+End показывает последнюю ячейку), и сохраните файл заново</translation>
    </message>
    <message>
        <source>{file} is {size_mb:.1f} MB; a list of up to {limit_mb} MB is read.</source>
        <comment>spreadsheet.file_too_big</comment>
        <translation>{file} занимает {size_mb:.1f} МБ; читаются списки до {limit_mb} МБ.</translation>
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
        <source>{path}: no such file.</source>
        <comment>spreadsheet.not_found</comment>
        <translation>{path}: файл не найден.</translation>
    </message>
    <message>
        <source>{file}: its part {part} unpacks to more than {limit_mb} MB; this is not a participant list.</source>
        <comment>spreadsheet.part_too_big</comment>
        <translation>{file}: его часть {part} распаковывается более чем в {limit_mb} МБ; это не список участников.</translation>
    </message>
    <message>
        <source>save it from the spreadsheet program as .xlsx, .ods or .csv and try again</source>
        <comment>spreadsheet.save_as_hint</comment>
        <translation>сохраните его в программе электронных таблиц как .xlsx, .ods или .csv и попробуйте снова</translation>
    </message>
    <message>
        <source>{file} has more than {rows:,} rows or {columns:,} columns; a list is read within these.</source>
        <comment>spreadsheet.text_beyond_budget</comment>
        <translation>{file}: больше {rows:,} строк или {columns:,} столбцов; список читается в этих пределах.</translation>
    </message>
    <message>
        <source>{file} holds more than {limit:,} different texts; this is not a participant list.</source>
        <comment>spreadsheet.too_many_strings</comment>
        <translation>{file} содержит больше {limit:,} разных текстов; это не список участников.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet ({detail}).</source>
        <comment>spreadsheet.unreadable</comment>
        <translation>{file} не читается как таблица ({detail}).</translation>
    </message>
    <message>
        <source>available: {names}</source>
        <comment>template.available</comment>
        <translation>доступны: {names}</translation>
    </message>
    <message>
        <source>{where}: element {element}: image {src} is missing.</source>
        <comment>template.image_missing</comment>
        <translation>{where}: элемент {element}: изображение {src} отсутствует.</translation>
    </message>
    <message>
        <source>{where}: the key {key!r} is missing.</source>
        <comment>template.key_missing</comment>
        <translation>{where}: отсутствует ключ {key!r}.</translation>
    </message>
    <message>
        <source>There is no certificate template named {name!r}.</source>
        <comment>template.not_found</comment>
        <translation>Шаблона сертификата с именем {name!r} нет.</translation>
    </message>
    <message>
        <source>{where}: element {element} uses unknown fields {fields}.</source>
        <comment>template.unknown_fields</comment>
        <translation>{where}: элемент {element} использует неизвестные поля {fields}.</translation>
    </message>
    <message>
        <source>{where}: element {element} has an unknown type {kind!r}.</source>
        <comment>template.unknown_type</comment>
        <translation>{where}: у элемента {element} неизвестный тип {kind!r}.</translation>
    </message>
    <message>
        <source>{path}: not a readable template ({detail}).</source>
        <comment>template.unreadable</comment>
        <translation>{path}: шаблон не читается ({detail}).</translation>
    </message>
    <message>
        <source>{text}</source>
        <comment>text</comment>
        <translation>{text}</translation>
    </message>
    <message>
        <source>Enter a code for the {what} (letters, digits, '-', '_' or '.', up to 40 characters).</source>
        <comment>value.code_empty</comment>
        <translation>Введите код {what} (буквы, цифры, '-', '_' или '.', не более 40 символов).</translation>
    </message>
    <message>
        <source>'{value}' is not a valid {what} code: use letters, digits, '-', '_' or '.', up to 40 characters.</source>
        <comment>value.code_invalid</comment>
        <translation>Код {what} «{value}» не подходит: используйте буквы, цифры, '-', '_' или '.', не более 40 символов.</translation>
    </message>
    <message>
        <source>cohort</source>
        <comment>value.code_of.cohort</comment>
        <translation>группы</translation>
    </message>
    <message>
        <source>module</source>
        <comment>value.code_of.module</comment>
        <translation>модуля</translation>
    </message>
    <message>
        <source>programme</source>
        <comment>value.code_of.programme</comment>
        <translation>программы</translation>
    </message>
    <message>
        <source>'{text}' is not an ISO 3166-1 alpha-2 country code (e.g. KZ, KR, GE).</source>
        <comment>value.country_code_invalid</comment>
        <translation>«{text}» не является кодом страны ISO 3166-1 alpha-2 (например, KZ, KR, GE).</translation>
    </message>
    <message>
        <source>'{text}' is not a valid {what} (use YYYY-MM-DD).</source>
        <comment>value.date_invalid</comment>
        <translation>«{text}» не подходит как {what} (используйте ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>date</source>
        <comment>value.date_of.date</comment>
        <translation>дата</translation>
    </message>
    <message>
        <source>end date</source>
        <comment>value.date_of.end</comment>
        <translation>дата окончания</translation>
    </message>
    <message>
        <source>module date</source>
        <comment>value.date_of.module</comment>
        <translation>дата модуля</translation>
    </message>
    <message>
        <source>start date</source>
        <comment>value.date_of.start</comment>
        <translation>дата начала</translation>
    </message>
    <message>
        <source>'{text}' is not a valid e-mail address: {detail}</source>
        <comment>value.email_invalid</comment>
        <translation>«{text}» не является верным адресом эл. почты: {detail}</translation>
    </message>
    <message>
        <source>'{value}' is not a gender this app records (female, male or unspecified).</source>
        <comment>value.gender_invalid</comment>
        <translation>«{value}» — не тот пол, который записывает приложение (женский, мужской или оставьте пустым).</translation>
    </message>
    <message>
        <source>minimum attendance</source>
        <comment>value.share_of.min_attendance</comment>
        <translation>Минимальная посещаемость</translation>
    </message>
    <message>
        <source>{what} must be between 0 and 100 %.</source>
        <comment>value.share_out_of_range</comment>
        <translation>{what}: значение должно быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>certificate {serial} was altered after it was issued: {what}</source>
        <comment>verify.altered</comment>
        <translation>сертификат {serial} изменён после выдачи: {what}</translation>
    </message>
    <message>
        <source>annotations were added to page {page} ({kinds})</source>
        <comment>verify.altered.annotations</comment>
        <translation>на страницу {page} добавлены аннотации ({kinds})</translation>
    </message>
    <message>
        <source>the page's drawing differs from the issued file {file}</source>
        <comment>verify.altered.content</comment>
        <translation>изображение страницы отличается от выданного файла {file}</translation>
    </message>
    <message>
        <source>the page does not show the signed dates {start} – {end}</source>
        <comment>verify.altered.dates</comment>
        <translation>на странице нет подписанных дат {start} – {end}</translation>
    </message>
    <message>
        <source>form fields were added to the file</source>
        <comment>verify.altered.form</comment>
        <translation>в файл добавлены поля формы</translation>
    </message>
    <message>
        <source>the page does not show the signed name {name!r}</source>
        <comment>verify.altered.name</comment>
        <translation>на странице нет подписанного имени {name!r}</translation>
    </message>
    <message>
        <source>the page does not show the registered Latin spelling of the name {name!r}</source>
        <comment>verify.altered.name_latin</comment>
        <translation>на странице нет зарегистрированного латинского написания имени {name!r}</translation>
    </message>
    <message>
        <source>a filled rectangle is drawn over the name</source>
        <comment>verify.altered.over_fill</comment>
        <translation>поверх имени нарисован закрашенный прямоугольник</translation>
    </message>
    <message>
        <source>an image or drawing ({name}) is drawn over the name</source>
        <comment>verify.altered.over_image</comment>
        <translation>поверх имени нарисовано изображение или рисунок ({name})</translation>
    </message>
    <message>
        <source>the text {text!r} is drawn over the name</source>
        <comment>verify.altered.over_text</comment>
        <translation>поверх имени написан текст {text!r}</translation>
    </message>
    <message>
        <source>the file's PDF signature does not match its content: the file was changed after signing</source>
        <comment>verify.altered.pdf_signature</comment>
        <translation>PDF-подпись файла не совпадает с его содержимым: файл изменён после подписания</translation>
    </message>
    <message>
        <source>the file's PDF signature was made with another key than its QR code's</source>
        <comment>verify.altered.pdf_signer</comment>
        <translation>PDF-подпись файла сделана другим ключом, чем его QR-код</translation>
    </message>
    <message>
        <source>an update was appended to the file ({count} revisions; an issued certificate has one)</source>
        <comment>verify.altered.revisions</comment>
        <translation>к файлу дописано обновление ({count} редакций; у выданного сертификата одна)</translation>
    </message>
    <message>
        <source>the page does not show the signed serial {serial}</source>
        <comment>verify.altered.serial</comment>
        <translation>на странице нет подписанного номера {serial}</translation>
    </message>
    <message>
        <source>the signature does not match: the certificate data was altered</source>
        <comment>verify.bad_signature</comment>
        <translation>подпись не совпадает: данные сертификата изменены</translation>
    </message>
    <message>
        <source>a code can only be checked against the issuing office's register</source>
        <comment>verify.code_needs_register</comment>
        <translation>код можно проверить только по реестру выдавшей организации</translation>
    </message>
    <message>
        <source>the QR text is damaged (not base32)</source>
        <comment>verify.damaged_qr</comment>
        <translation>текст QR-кода повреждён (не base32)</translation>
    </message>
    <message>
        <source>the check character does not match: the code was mistyped</source>
        <comment>verify.mistyped</comment>
        <translation>контрольный символ не совпадает: код введён с ошибкой</translation>
    </message>
    <message>
        <source>certificate {serial} carries this office's signature but its register does not hold it: it was never recorded as issued</source>
        <comment>verify.never_recorded</comment>
        <translation>сертификат {serial} подписан ключом этого офиса, но в его реестре его нет: он не был зарегистрирован как выданный</translation>
    </message>
    <message>
        <source>{path}: no certificate QR code found in this PDF</source>
        <comment>verify.no_qr_in_pdf</comment>
        <translation>{path}: в этом PDF не найден QR-код сертификата</translation>
    </message>
    <message>
        <source>no certificate with code {code} in this register</source>
        <comment>verify.no_such_code</comment>
        <translation>в этом реестре нет сертификата с кодом {code}</translation>
    </message>
    <message>
        <source>no certificate with serial {serial} in this register</source>
        <comment>verify.no_such_serial</comment>
        <translation>в этом реестре нет сертификата с номером {serial}</translation>
    </message>
    <message>
        <source>this is not a Course Manager certificate code</source>
        <comment>verify.not_a_code</comment>
        <translation>это не код сертификата Course Manager</translation>
    </message>
    <message>
        <source>the payload is not a certificate record ({detail})</source>
        <comment>verify.not_a_record</comment>
        <translation>данные не являются записью сертификата ({detail})</translation>
    </message>
    <message>
        <source>{text}: neither a PDF file, a serial number, a certificate code nor a QR text</source>
        <comment>verify.not_a_subject</comment>
        <translation>{text}: это не файл PDF, не номер сертификата, не код сертификата и не текст QR-кода</translation>
    </message>
    <message>
        <source>certificate {serial} in this register is not this one (it was issued to {name}); this copy was never recorded as issued</source>
        <comment>verify.not_recorded</comment>
        <translation>сертификат {serial} в этом реестре — другой (он выдан: {name}); эта копия никогда не регистрировалась как выданная</translation>
    </message>
    <message>
        <source>the register's record of {serial} fails its check: {reason}</source>
        <comment>verify.record_fails</comment>
        <translation>запись реестра о {serial} не проходит проверку: {reason}</translation>
    </message>
    <message>
        <source>this proves the register entry, not the paper or file in your hand: compare its name, dates and verification code with this entry, or check the PDF itself</source>
        <comment>verify.register_only</comment>
        <translation>это подтверждает запись в реестре, а не бумагу или файл у вас в руках: сравните с этой записью имя, даты и код проверки или проверьте сам PDF</translation>
    </message>
    <message>
        <source>certificate {serial} was replaced by {newer}</source>
        <comment>verify.replaced</comment>
        <translation>сертификат {serial} заменён на {newer}</translation>
    </message>
    <message>
        <source>certificate {serial} was revoked on {date}: {reason}</source>
        <comment>verify.revoked</comment>
        <translation>сертификат {serial} отозван {date}: {reason}</translation>
    </message>
    <message>
        <source>a serial number can only be checked against the issuing office's register</source>
        <comment>verify.serial_needs_register</comment>
        <translation>номер сертификата можно проверить только по реестру выдавшей организации</translation>
    </message>
    <message>
        <source>signed by a key this office does not know (key {kid}); import the issuing office's public key to check it</source>
        <comment>verify.unknown_key</comment>
        <translation>подписано ключом, неизвестным этой организации (ключ {kid}); импортируйте открытый ключ выдавшей организации, чтобы проверить</translation>
    </message>
    <message>
        <source>the verification page address must start with https:// or http:// and hold no '#': {url!r}</source>
        <comment>verify_page.bad_url</comment>
        <translation>адрес страницы проверки должен начинаться с https:// или http:// и не содержать '#': {url!r}</translation>
    </message>
</context>
</TS>
