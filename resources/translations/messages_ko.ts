<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Messages</name>
    <message>
        <source>Enrollment #{enrollment} does not belong to this module's cohort.</source>
        <comment>attendance.enrollment_not_in_cohort</comment>
        <translation>등록 #{enrollment}은(는) 이 모듈의 기수에 속하지 않습니다.</translation>
    </message>
    <message>
        <source>Hours attended cannot be negative.</source>
        <comment>attendance.negative_hours</comment>
        <translation>출석 시간은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>A score cannot be negative.</source>
        <comment>attendance.negative_score</comment>
        <translation>점수는 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>An {status} mark records no hours (got {hours:g} h for {module}).</source>
        <comment>attendance.no_hours_for_status</comment>
        <translation>{status} 표시에는 시간이 기록되지 않습니다({module}에 {hours:g}시간 입력됨).</translation>
    </message>
    <message>
        <source>'{value}' is not an attendance status (present, late, absent or excused).</source>
        <comment>attendance.not_a_status</comment>
        <translation>'{value}'은(는) 출석 상태가 아닙니다(present, late, absent, excused 중 하나).</translation>
    </message>
    <message>
        <source>{name} ({ref}) is not enrolled in {cohort}.</source>
        <comment>attendance.not_enrolled</comment>
        <translation>{name}({ref}) 님은 {cohort}에 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>That person is not enrolled in the cohort running this module.</source>
        <comment>attendance.not_in_module_cohort</comment>
        <translation>이 사람은 이 모듈을 운영하는 기수에 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>{hours:g} h is more than module {module} lasts ({lasts:g} h).</source>
        <comment>attendance.too_many_hours</comment>
        <translation>{hours:g}시간은 모듈 {module}의 시간({lasts:g}시간)보다 깁니다.</translation>
    </message>
    <message>
        <source>Today's automatic backup of {path} could not be written: {reason}</source>
        <comment>backup.daily_failed</comment>
        <translation>오늘의 {path} 자동 백업을 저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <comment>backup.file_not_found</comment>
        <translation>{path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{path} is read-only: no backup can be written beside it.</source>
        <comment>backup.folder_read_only</comment>
        <translation>{path}은(는) 읽기 전용이라 옆에 백업을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>write the copy to a folder you can write to (--out FILE)</source>
        <comment>backup.hint_elsewhere</comment>
        <translation>쓰기 가능한 폴더에 사본을 저장하세요(--out FILE)</translation>
    </message>
    <message>
        <source>{path} is not a sound Course Manager backup.</source>
        <comment>backup.not_sound</comment>
        <translation>{path}은(는) 정상적인 Course Manager 백업이 아닙니다.</translation>
    </message>
    <message>
        <source>{path} is not a sound Course Manager backup: {problem}.</source>
        <comment>backup.not_sound_because</comment>
        <translation>{path}은(는) 정상적인 Course Manager 백업이 아닙니다: {problem}.</translation>
    </message>
    <message>
        <source>A file cannot be restored from itself.</source>
        <comment>backup.restore_from_itself</comment>
        <translation>파일을 자기 자신으로 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>{path} could not be restored: {reason}.</source>
        <comment>backup.restore_not_written</comment>
        <translation>{path}을(를) 복원하지 못했습니다: {reason}.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <comment>backup.target_exists</comment>
        <translation>{path}이(가) 이미 있습니다. 새 파일 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Course Manager.</source>
        <comment>backup.too_new</comment>
        <translation>{path}은(는) 더 새로운 버전의 Course Manager로 저장되었습니다.</translation>
    </message>
    <message>
        <source>Certificate #{id} does not exist.</source>
        <comment>certificate.missing_id</comment>
        <translation>수료증 #{id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no certificate with serial {serial!r}.</source>
        <comment>certificate.missing_serial</comment>
        <translation>일련번호가 {serial!r}인 수료증이 없습니다.</translation>
    </message>
    <message>
        <source>Certificate {serial} was already replaced by {newer}.</source>
        <comment>certificates.already_replaced</comment>
        <translation>수료증 {serial}은(는) 이미 {newer}(으)로 대체되었습니다.</translation>
    </message>
    <message>
        <source>Certificate {serial} was already revoked on {date}.</source>
        <comment>certificates.already_revoked</comment>
        <translation>수료증 {serial}은(는) 이미 {date}에 무효화되었습니다.</translation>
    </message>
    <message>
        <source>The certificate image {path} does not exist.</source>
        <comment>certificates.image_missing</comment>
        <translation>수료증 이미지 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The name has characters no bundled font can draw: {characters}</source>
        <comment>certificates.name_undrawable</comment>
        <translation>이름에 내장 글꼴로 표시할 수 없는 문자가 있습니다: {characters}</translation>
    </message>
    <message>
        <source>The certificates would print placeholder content: {items}. Nothing was issued.</source>
        <comment>certificates.placeholders</comment>
        <translation>수료증에 자리 표시 내용이 인쇄됩니다: {items}. 아무것도 발급하지 않았습니다.</translation>
    </message>
    <message>
        <source>set the real ones in the app's Settings, or with `course-manager settings set signatories '[{{"name": "...", "title_en": "...", "signature_image": "/path/sign.png"}}]'` and `course-manager settings set logos /path/logo.png`; or give --allow-placeholders</source>
        <comment>certificates.placeholders_hint</comment>
        <translation>앱의 설정에서 실제 서명자와 로고를 지정하거나 `course-manager settings set signatories '[{{"name": "...", "title_en": "...", "signature_image": "/path/sign.png"}}]'` 및 `course-manager settings set logos /path/logo.png` 명령으로 지정하세요. 또는 --allow-placeholders를 지정하세요</translation>
    </message>
    <message>
        <source>{count} text(s) contain characters no bundled font can draw; correct the names (or add a font) before printing.</source>
        <comment>certificates.preflight_failed</comment>
        <translation>텍스트 {count}개에 내장 글꼴로 표시할 수 없는 문자가 있습니다. 인쇄하기 전에 이름을 고치거나 글꼴을 추가하세요.</translation>
    </message>
    <message>
        <source>Name the certificates to print: serial numbers, or --cohort C (with --only-new if wanted).</source>
        <comment>certificates.print_which</comment>
        <translation>인쇄할 수료증을 지정하세요: 일련번호 또는 --cohort C(필요하면 --only-new와 함께).</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>certificates.progress_done</comment>
        <translation>완료</translation>
    </message>
    <message>
        <source>Rendering</source>
        <comment>certificates.progress_rendering</comment>
        <translation>PDF 생성</translation>
    </message>
    <message>
        <source>Signing</source>
        <comment>certificates.progress_signing</comment>
        <translation>서명</translation>
    </message>
    <message>
        <source>Certificate {serial} was revoked; issue a new one instead.</source>
        <comment>certificates.reissue_revoked</comment>
        <translation>수료증 {serial}은(는) 무효화되었습니다. 대신 새 수료증을 발급하세요.</translation>
    </message>
    <message>
        <source>Give the reason for revoking the certificate.</source>
        <comment>certificates.revoke_needs_reason</comment>
        <translation>수료증을 무효화하는 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>The serial pattern {pattern!r} is not valid ({error}); use {{programme}}, {{year}}, {{cohort}} and {{seq:04d}} (or {{number:05d}}).</source>
        <comment>certificates.serial_pattern_invalid</comment>
        <translation>일련번호 형식 {pattern!r}이(가) 올바르지 않습니다({error}). {{programme}}, {{year}}, {{cohort}}, {{seq:04d}}(또는 {{number:05d}})를 사용하세요.</translation>
    </message>
    <message>
        <source>The serial pattern {pattern!r} needs a {{seq}} number.</source>
        <comment>certificates.serial_pattern_no_seq</comment>
        <translation>일련번호 형식 {pattern!r}에는 {{seq}} 번호가 필요합니다.</translation>
    </message>
    <message>
        <source>already holds certificate {serial}</source>
        <comment>certificates.skip.already_holds</comment>
        <translation>이미 수료증 {serial} 보유</translation>
    </message>
    <message>
        <source>the certificate cannot be made: {reason}</source>
        <comment>certificates.skip.cannot_draw</comment>
        <translation>수료증을 만들 수 없음: {reason}</translation>
    </message>
    <message>
        <source>the certificate cannot be made (drawing failed: {detail})</source>
        <comment>certificates.skip.drawing_failed</comment>
        <translation>수료증을 만들 수 없음(그리기 실패: {detail})</translation>
    </message>
    <message>
        <source>the Latin form {latin!r} does not fit its line on the certificate at a readable size</source>
        <comment>certificates.skip.latin_too_long</comment>
        <translation>라틴 문자 표기 {latin!r}이(가) 읽을 수 있는 크기로는 수료증의 해당 줄에 들어가지 않습니다</translation>
    </message>
    <message>
        <source>the name {name!r} does not fit the certificate, even on two lines at a readable size</source>
        <comment>certificates.skip.name_too_long</comment>
        <translation>이름 {name!r}이(가) 읽을 수 있는 크기로 두 줄에 써도 수료증에 들어가지 않습니다</translation>
    </message>
    <message>
        <source>the name has characters no bundled font can draw: {characters}</source>
        <comment>certificates.skip.name_undrawable</comment>
        <translation>이름에 내장 글꼴로 표시할 수 없는 문자가 있음: {characters}</translation>
    </message>
    <message>
        <source>not completed: {reason}</source>
        <comment>certificates.skip.not_completed</comment>
        <translation>미수료: {reason}</translation>
    </message>
    <message>
        <source>not enrolled in {cohort}</source>
        <comment>certificates.skip.not_enrolled</comment>
        <translation>{cohort}에 등록되지 않음</translation>
    </message>
    <message>
        <source>The certificate text has characters no font can draw: {characters!r} in {text!r}.</source>
        <comment>certificates.text_undrawable</comment>
        <translation>수료증 텍스트에 어떤 글꼴로도 표시할 수 없는 문자가 있습니다: {text!r}의 {characters!r}.</translation>
    </message>
    <message>
        <source>cannot be opened: {error}</source>
        <comment>check.cannot_open</comment>
        <translation>열 수 없음: {error}</translation>
    </message>
    <message>
        <source>{path} is damaged ({count} problem(s) found).</source>
        <comment>check.damaged</comment>
        <translation>{path}이(가) 손상되었습니다(문제 {count}건 발견).</translation>
    </message>
    <message>
        <source>no sound backup was found; restore a copy if you have one</source>
        <comment>check.hint_no_sound_backup</comment>
        <translation>정상 백업을 찾지 못했습니다. 사본이 있으면 복원하세요</translation>
    </message>
    <message>
        <source>restore the newest sound backup: course-manager --db "{path}" restore "{backup}"</source>
        <comment>check.hint_restore_newest</comment>
        <translation>가장 최근의 정상 백업을 복원하세요: course-manager --db "{path}" restore "{backup}"</translation>
    </message>
    <message>
        <source>{table} row {rowid} points to a missing {parent} row</source>
        <comment>check.missing_parent_row</comment>
        <translation>{table} 테이블의 {rowid}행이 없는 {parent} 행을 가리킵니다</translation>
    </message>
    <message>
        <source>an override needs --completed yes|no and --reason TEXT</source>
        <comment>cli.override_needs</comment>
        <translation>수동 결정에는 --completed yes|no와 --reason TEXT가 필요합니다</translation>
    </message>
    <message>
        <source>--completed and --reason go with --override ID_OR_EMAIL</source>
        <comment>cli.override_only</comment>
        <translation>--completed와 --reason은 --override ID_OR_EMAIL과 함께 사용합니다</translation>
    </message>
    <message>
        <source>give the participant's name with --name</source>
        <comment>cli.participant_name_missing</comment>
        <translation>--name으로 참가자 이름을 입력하세요</translation>
    </message>
    <message>
        <source>A cohort with code '{code}' already exists.</source>
        <comment>cohort.code_taken</comment>
        <translation>코드가 '{code}'인 기수가 이미 있습니다.</translation>
    </message>
    <message>
        <source>The cohort ends ({end}) before it starts ({start}).</source>
        <comment>cohort.ends_before_start</comment>
        <translation>기수 종료일({end})이 시작일({start})보다 앞입니다.</translation>
    </message>
    <message>
        <source>Cannot change {fields} of a cohort.</source>
        <comment>cohort.fixed_fields</comment>
        <translation>기수의 {fields}은(는) 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no cohort with code '{code}'.</source>
        <comment>cohort.missing_code</comment>
        <translation>코드가 '{code}'인 기수가 없습니다.</translation>
    </message>
    <message>
        <source>Cohort #{id} does not exist.</source>
        <comment>cohort.missing_id</comment>
        <translation>기수 #{id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The minimum score cannot be negative.</source>
        <comment>cohort.negative_min_score</comment>
        <translation>최저 점수는 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>'{language}' is not a language of instruction this app knows.</source>
        <comment>cohort.unknown_language</comment>
        <translation>'{language}'은(는) 이 앱이 아는 교육 언어가 아닙니다.</translation>
    </message>
    <message>
        <source>This module already has {count} attendance marks; remove them first.</source>
        <comment>cohort_module.has_marks</comment>
        <translation>이 모듈에는 이미 출석 표시 {count}개가 있습니다. 먼저 삭제하세요.</translation>
    </message>
    <message>
        <source>Cohort {cohort} does not run a module '{module}'.</source>
        <comment>cohort_module.missing_code</comment>
        <translation>기수 {cohort}에서는 모듈 '{module}'을(를) 운영하지 않습니다.</translation>
    </message>
    <message>
        <source>Cohort module #{id} does not exist.</source>
        <comment>cohort_module.missing_id</comment>
        <translation>기수 모듈 #{id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>attendance {share} is below {minimum}</source>
        <comment>completion.attendance_below</comment>
        <translation>출석률 {share}이(가) {minimum} 미만</translation>
    </message>
    <message>
        <source>missed required module {module}</source>
        <comment>completion.missed_required</comment>
        <translation>필수 모듈 {module} 불참</translation>
    </message>
    <message>
        <source>no attendance recorded yet</source>
        <comment>completion.no_attendance_yet</comment>
        <translation>아직 출석 기록 없음</translation>
    </message>
    <message>
        <source>the cohort has no module hours to attend</source>
        <comment>completion.no_module_hours</comment>
        <translation>기수에 출석할 모듈 시간이 없음</translation>
    </message>
    <message>
        <source>no score recorded for {module}</source>
        <comment>completion.no_score</comment>
        <translation>{module} 점수 기록 없음</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>completion.not_eligible_withdrawn</comment>
        <translation>등록 취소됨</translation>
    </message>
    <message>
        <source>marked as not completed ({reason})</source>
        <comment>completion.overridden_not_completed</comment>
        <translation>미수료로 표시됨({reason})</translation>
    </message>
    <message>
        <source>An override needs a reason (say why the rule's result is changed).</source>
        <comment>completion.override_needs_reason</comment>
        <translation>수동 결정에는 사유가 필요합니다(기준에 따른 결과를 바꾸는 이유를 입력하세요).</translation>
    </message>
    <message>
        <source>This person was withdrawn from the cohort; re-enroll them first.</source>
        <comment>completion.override_withdrawn</comment>
        <translation>이 사람은 기수 등록이 취소되었습니다. 먼저 다시 등록하세요.</translation>
    </message>
    <message>
        <source>no attendance recorded for required module {module}</source>
        <comment>completion.required_not_recorded</comment>
        <translation>필수 모듈 {module}의 출석 기록 없음</translation>
    </message>
    <message>
        <source>the completion rule is not met</source>
        <comment>completion.rule_not_met</comment>
        <translation>수료 기준 미충족</translation>
    </message>
    <message>
        <source>score {score} in {module} is below {minimum}</source>
        <comment>completion.score_below</comment>
        <translation>{module} 점수 {score}이(가) {minimum} 미만</translation>
    </message>
    <message>
        <source>A cohort runs {count} modules; completion is evaluated for at most {most}.</source>
        <comment>completion.too_many_modules</comment>
        <translation>기수에서 모듈 {count}개를 운영합니다. 수료 평가는 최대 {most}개까지 가능합니다.</translation>
    </message>
    <message>
        <source>withdrawn from the cohort</source>
        <comment>completion.withdrawn</comment>
        <translation>기수 등록 취소됨</translation>
    </message>
    <message>
        <source>{path} is busy: another window or program is writing to it.</source>
        <comment>database.busy</comment>
        <translation>{path}이(가) 사용 중입니다. 다른 창이나 프로그램이 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>try again in a moment</source>
        <comment>database.busy_hint</comment>
        <translation>잠시 후 다시 시도하세요</translation>
    </message>
    <message>
        <source>{path} cannot be opened.</source>
        <comment>database.cannot_open</comment>
        <translation>{path}을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}.</source>
        <comment>database.cannot_open_because</comment>
        <translation>{path}을(를) 열 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>choose another file, or restore a copy of the file if you have one</source>
        <comment>database.choose_or_restore_a_copy</comment>
        <translation>다른 파일을 선택하거나, 파일 사본이 있으면 복원하세요</translation>
    </message>
    <message>
        <source>choose another file, or restore the newest backup: course-manager --db "{path}" restore "{backup}"</source>
        <comment>database.choose_or_restore_newest</comment>
        <translation>다른 파일을 선택하거나 최신 백업을 복원하세요: course-manager --db "{path}" restore "{backup}"</translation>
    </message>
    <message>
        <source>copy it to a folder you can write to, then open the copy</source>
        <comment>database.copy_to_writable_hint</comment>
        <translation>쓰기 가능한 폴더로 복사한 뒤 사본을 여세요</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a Course Manager file.</source>
        <comment>database.damaged</comment>
        <translation>{path}이(가) 손상되었거나 Course Manager 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full or failing: nothing was changed.</source>
        <comment>database.disk_full</comment>
        <translation>{path}이(가) 있는 디스크가 가득 찼거나 고장 났습니다. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>{path} is empty, though backups of it exist: the file was damaged (emptied or cut short).</source>
        <comment>database.empty_with_backups</comment>
        <translation>{path}이(가) 비어 있지만 백업은 있습니다. 파일이 손상되었습니다(비워지거나 잘림).</translation>
    </message>
    <message>
        <source>close the other window and try again</source>
        <comment>database.hint_close_other_window</comment>
        <translation>다른 창을 닫고 다시 시도하세요</translation>
    </message>
    <message>
        <source>{path} is a folder, not a Course Manager file.</source>
        <comment>database.is_folder</comment>
        <translation>{path}은(는) 폴더이며 Course Manager 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>{path} must be brought up to this version's format, which first copies it to {folder}, but the copy could not be written ({reason}). Nothing was changed.</source>
        <comment>database.migration_backup_failed</comment>
        <translation>{path} 파일을 이 버전의 형식으로 바꿔야 하며, 그 전에 {folder}에 사본을 만들지만 사본을 쓸 수 없었습니다({reason}). 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} cannot be created: the folder {folder} is read-only.</source>
        <comment>database.new_in_read_only_folder</comment>
        <translation>{path}을(를) 만들 수 없습니다. {folder} 폴더가 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <comment>database.no_folder</comment>
        <translation>{folder} 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>a file, not a folder, has that name</source>
        <comment>database.not_a_folder_reason</comment>
        <translation>그 이름은 폴더가 아니라 파일이 쓰고 있습니다</translation>
    </message>
    <message>
        <source>{path} is not a Course Manager file (it is another program's database); nothing was changed in it.</source>
        <comment>database.not_ours</comment>
        <translation>{path}은(는) Course Manager 파일이 아닙니다(다른 프로그램의 데이터베이스). 파일에서 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>choose a Course Manager file, or a new file name</source>
        <comment>database.not_ours_hint</comment>
        <translation>Course Manager 파일이나 새 파일 이름을 선택하세요</translation>
    </message>
    <message>
        <source>{path} is not a Course Manager file (it is not an SQLite database).</source>
        <comment>database.not_sqlite</comment>
        <translation>{path}은(는) Course Manager 파일이 아닙니다(SQLite 데이터베이스가 아님).</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <comment>database.other</comment>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is read-only: changes cannot be saved.</source>
        <comment>database.read_only</comment>
        <translation>{path}은(는) 읽기 전용이라 변경 사항을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>{path} is read-only and must be updated to this version's format before use.</source>
        <comment>database.read_only_needs_migration</comment>
        <translation>{path}은(는) 읽기 전용인데, 사용하려면 이 버전의 형식으로 업데이트해야 합니다.</translation>
    </message>
    <message>
        <source>restore a copy of the file if you have one</source>
        <comment>database.restore_a_copy</comment>
        <translation>파일 사본이 있으면 복원하세요</translation>
    </message>
    <message>
        <source>restore the newest backup: course-manager --db "{path}" restore "{backup}"</source>
        <comment>database.restore_newest</comment>
        <translation>최신 백업을 복원하세요: course-manager --db "{path}" restore "{backup}"</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Course Manager (file format {version}, this version reads up to {supported}).</source>
        <comment>database.too_new</comment>
        <translation>{path}은(는) 더 새로운 버전의 Course Manager로 저장되었습니다(파일 형식 {version}, 이 버전은 {supported}까지 읽음).</translation>
    </message>
    <message>
        <source>install the newer version to open it</source>
        <comment>database.too_new_hint</comment>
        <translation>파일을 열려면 새 버전을 설치하세요</translation>
    </message>
    <message>
        <source>{path} is damaged: the file was cut short ({size} of {expected} bytes).</source>
        <comment>database.truncated</comment>
        <translation>{path}이(가) 손상되었습니다. 파일이 잘렸습니다({expected}바이트 중 {size}바이트).</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <comment>database.unreadable</comment>
        <translation>{path}을(를) 읽을 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <comment>database.unreadable_permission</comment>
        <translation>{path}을(를) 읽을 수 없습니다: 권한이 없습니다.</translation>
    </message>
    <message>
        <source>The demo data {path} is missing from this installation.</source>
        <comment>demo.missing</comment>
        <translation>이 설치본에 데모 데이터 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>smtp_security must be starttls, tls or none, not {value!r}.</source>
        <comment>email.bad_security</comment>
        <translation>smtp_security는 {value!r}이(가) 아니라 starttls, tls, none 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the login of {user}: {detail}</source>
        <comment>email.login_failed</comment>
        <translation>메일 서버 {host}이(가) {user}의 로그인을 거부했습니다: {detail}</translation>
    </message>
    <message>
        <source>No password for {user} on {host} in the system keyring: type it in the Password field.</source>
        <comment>email.needs_password</comment>
        <translation>시스템 키링에 {host}의 {user} 비밀번호가 없습니다. 비밀번호 칸에 입력하세요.</translation>
    </message>
    <message>
        <source>No password for {user} on {host}: keep it in the system keyring (keyring set 'course-manager smtp' {user}@{host}), set {env}, or run this in a terminal to be asked.</source>
        <comment>email.no_password</comment>
        <translation>{host}의 {user} 비밀번호가 없습니다. 시스템 키링에 저장하거나(keyring set 'course-manager smtp' {user}@{host}), {env}을(를) 설정하거나, 터미널에서 실행하여 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>No sender address is set: set mail_from (or smtp_user to an address).</source>
        <comment>email.no_sender</comment>
        <translation>보낸 사람 주소가 설정되지 않았습니다. mail_from을 설정하세요(또는 smtp_user를 이메일 주소로 설정하세요).</translation>
    </message>
    <message>
        <source>No mail server is set: set smtp_host (and smtp_port, smtp_security, smtp_user, mail_from), or write drafts with --eml-dir instead.</source>
        <comment>email.no_server</comment>
        <translation>메일 서버가 설정되지 않았습니다. smtp_host(및 smtp_port, smtp_security, smtp_user, mail_from)를 설정하거나, 대신 --eml-dir로 초안을 작성하세요.</translation>
    </message>
    <message>
        <source>Name the certificates to send: serial numbers or a cohort.</source>
        <comment>email.nothing_chosen</comment>
        <translation>보낼 수료증을 지정하세요: 일련번호 또는 기수.</translation>
    </message>
    <message>
        <source>Sending to {name}</source>
        <comment>email.progress_sending</comment>
        <translation>{name} 님에게 보내는 중</translation>
    </message>
    <message>
        <source>the server refused the address: {detail}</source>
        <comment>email.refused</comment>
        <translation>서버가 주소를 거부함: {detail}</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} failed: {detail}. Those sent before were recorded; run it again to send the rest.</source>
        <comment>email.server_failed</comment>
        <translation>메일 서버 {host}:{port} 오류: {detail}. 이미 보낸 메일은 기록되었습니다. 다시 실행하면 나머지를 보냅니다.</translation>
    </message>
    <message>
        <source>already sent to {email} at {at}</source>
        <comment>email.skip.already_sent</comment>
        <translation>{at}에 {email}(으)로 이미 보냄</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <comment>email.skip.no_email</comment>
        <translation>이메일 주소 없음</translation>
    </message>
    <message>
        <source>no PDF of this certificate in {folder} (reissue it or write its file)</source>
        <comment>email.skip.no_pdf</comment>
        <translation>{folder}에 이 수료증의 PDF가 없음(재발급하거나 파일을 다시 만드세요)</translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <comment>email.skip.revoked</comment>
        <translation>수료증이 무효화됨</translation>
    </message>
    <message>
        <source>the certificate was replaced by {newer}</source>
        <comment>email.skip.superseded</comment>
        <translation>수료증이 {newer}(으)로 대체됨</translation>
    </message>
    <message>
        <source>Enrollment #{id} does not exist.</source>
        <comment>enrollment.missing_id</comment>
        <translation>등록 #{id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Participant #{participant} is not enrolled in this cohort.</source>
        <comment>enrollment.not_enrolled</comment>
        <translation>참가자 #{participant}은(는) 이 기수에 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Conflict {id} is resolved already.</source>
        <comment>exchange.already_resolved</comment>
        <translation>충돌 {id}은(는) 이미 해결되었습니다.</translation>
    </message>
    <message>
        <source>An office name may use letters, digits, spaces, '.', '-' and '_' (1 to 40 characters).</source>
        <comment>exchange.bad_office_name</comment>
        <translation>기관 이름에는 문자, 숫자, 공백, '.', '-', '_'를 쓸 수 있습니다(1~40자).</translation>
    </message>
    <message>
        <source>The decision on conflict {id} cannot be applied: {reason}.</source>
        <comment>exchange.cannot_apply</comment>
        <translation>충돌 {id}에 대한 결정을 적용할 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>{path} exists already; a clone is written to a new file.</source>
        <comment>exchange.clone_exists</comment>
        <translation>{path}이(가) 이미 있습니다. 복제본은 새 파일로 만들어야 합니다.</translation>
    </message>
    <message>
        <source>{path} is an exchange file, but this programme file takes part in no exchange yet; nothing was changed.</source>
        <comment>exchange.never_exchanged</comment>
        <translation>{path}은(는) 교환 파일이지만 이 프로그램 파일은 아직 어떤 교환에도 참여하지 않습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>open the file the office was cloned from, or clone this one with 'exchange clone'</source>
        <comment>exchange.never_exchanged_hint</comment>
        <translation>해당 기관 사본의 원본 파일을 열거나, 'exchange clone'으로 이 파일을 복제하세요</translation>
    </message>
    <message>
        <source>There is no conflict {id}.</source>
        <comment>exchange.no_conflict</comment>
        <translation>충돌 {id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Conflict {id} is about a whole row: keep ours or theirs (a value cannot be typed).</source>
        <comment>exchange.no_value_here</comment>
        <translation>충돌 {id}은(는) 행 전체에 관한 것입니다. 우리 값이나 상대 값 중 하나를 유지하세요(값을 직접 입력할 수 없음).</translation>
    </message>
    <message>
        <source>{path} is not a Course Manager exchange file.</source>
        <comment>exchange.not_exchange_file</comment>
        <translation>{path}은(는) Course Manager 교환 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>An office named {name} exists already.</source>
        <comment>exchange.office_taken</comment>
        <translation>이름이 {name}인 기관이 이미 있습니다.</translation>
    </message>
    <message>
        <source>{path} is an exchange file of another programme; nothing was changed.</source>
        <comment>exchange.other_programme</comment>
        <translation>{path}은(는) 다른 프로그램의 교환 파일입니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} was written by an office with another version of Course Manager; nothing was changed.</source>
        <comment>exchange.other_version</comment>
        <translation>{path}은(는) 다른 버전의 Course Manager를 사용하는 기관에서 작성되었습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>install the same version in both offices</source>
        <comment>exchange.other_version_hint</comment>
        <translation>두 기관에 같은 버전을 설치하세요</translation>
    </message>
    <message>
        <source>{path} was altered or damaged after it was written (its signature does not match); nothing was changed.</source>
        <comment>exchange.tampered</comment>
        <translation>{path}은(는) 작성된 후 변경되었거나 손상되었습니다(서명 불일치). 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}.</source>
        <comment>export.cannot_write</comment>
        <translation>{path}에 쓸 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <comment>export.no_folder</comment>
        <translation>{folder} 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>{path} cannot be written: permission denied.</source>
        <comment>export.permission_denied</comment>
        <translation>{path}에 쓸 수 없습니다: 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write '{fmt}' files (use csv or xlsx).</source>
        <comment>export.unknown_format</comment>
        <translation>'{fmt}' 파일은 쓸 수 없습니다(csv 또는 xlsx 사용).</translation>
    </message>
    <message>
        <source>The font file {path} does not exist.</source>
        <comment>fonts.missing</comment>
        <translation>글꼴 파일 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{path}: the font draws no letters (no Unicode characters with outlines).</source>
        <comment>fonts.no_glyphs</comment>
        <translation>{path}: 이 글꼴은 글자를 표시하지 못합니다(윤곽선이 있는 유니코드 문자가 없음).</translation>
    </message>
    <message>
        <source>{path}: not a usable font file ({detail}).</source>
        <comment>fonts.unreadable</comment>
        <translation>{path}: 사용할 수 있는 글꼴 파일이 아닙니다({detail}).</translation>
    </message>
    <message>
        <source>another country</source>
        <comment>import.another_country</comment>
        <translation>다른 국가</translation>
    </message>
    <message>
        <source>another e-mail</source>
        <comment>import.another_email</comment>
        <translation>다른 이메일</translation>
    </message>
    <message>
        <source>another organization</source>
        <comment>import.another_organization</comment>
        <translation>다른 기관</translation>
    </message>
    <message>
        <source>--map expects FIELD=COLUMN, not '{item}' (fields: {fields}).</source>
        <comment>import.bad_map</comment>
        <translation>--map에는 '{item}'이(가) 아니라 FIELD=COLUMN 형식이 필요합니다(항목: {fields}).</translation>
    </message>
    <message>
        <source>blank</source>
        <comment>import.blank</comment>
        <translation>빈 행</translation>
    </message>
    <message>
        <source>it contains a space</source>
        <comment>import.email_has_space</comment>
        <translation>공백이 포함되어 있음</translation>
    </message>
    <message>
        <source>the header row repeated</source>
        <comment>import.header_repeated</comment>
        <translation>머리글 행이 반복됨</translation>
    </message>
    <message>
        <source>'{text}' is not a valid e-mail address: {detail}</source>
        <comment>import.invalid_email</comment>
        <translation>'{text}'은(는) 올바른 이메일 주소가 아닙니다: {detail}</translation>
    </message>
    <message>
        <source>looks like {name} &lt;{email}&gt;, already a participant ({differences}); imported as a separate person. If it is them, give this row the e-mail {email}</source>
        <comment>import.looks_like_known</comment>
        <translation>이미 등록된 참가자 {name} &lt;{email}&gt;과(와) 같은 사람으로 보임({differences}). 별도의 사람으로 가져왔습니다. 같은 사람이면 이 행의 이메일을 {email}(으)로 지정하세요</translation>
    </message>
    <message>
        <source>looks like {name}, already a participant without an e-mail ({differences}); imported as a separate person. If it is them, give this row their name, country and organization exactly, or give them this row's e-mail on the Participants page</source>
        <comment>import.looks_like_known_no_email</comment>
        <translation>이메일이 없는 기존 참가자 {name}과(와) 같은 사람으로 보임({differences}). 별도의 사람으로 가져왔습니다. 같은 사람이면 이 행의 이름, 국가, 기관을 똑같이 맞추거나 참가자 페이지에서 그 참가자에게 이 행의 이메일을 추가하세요</translation>
    </message>
    <message>
        <source>looks like {name} on row {row} ({differences}); imported as a separate person. If it is the same person, give both rows the same e-mail</source>
        <comment>import.looks_like_row</comment>
        <translation>{row}행의 {name}과(와) 같은 사람으로 보임({differences}). 별도의 사람으로 가져왔습니다. 같은 사람이면 두 행에 같은 이메일을 지정하세요</translation>
    </message>
    <message>
        <source>'{name}' is not a person's name: it is mostly digits</source>
        <comment>import.name_of_digits</comment>
        <translation>'{name}'은(는) 사람 이름이 아닙니다: 대부분 숫자입니다</translation>
    </message>
    <message>
        <source>'{name}' is not a person's name: it holds a colon</source>
        <comment>import.name_with_colon</comment>
        <translation>'{name}'은(는) 사람 이름이 아닙니다: 콜론이 있습니다</translation>
    </message>
    <message>
        <source>'{name}' is not a person's name: it holds a phone number</source>
        <comment>import.name_with_phone</comment>
        <translation>'{name}'은(는) 사람 이름이 아닙니다: 전화번호가 있습니다</translation>
    </message>
    <message>
        <source>{file}: no participant columns found (looked for a header row naming at least a name and one more field, such as ФИО / Full name, E-mail, Страна / Country).</source>
        <comment>import.no_columns</comment>
        <translation>{file}: 참가자 열을 찾지 못했습니다(이름과 다른 항목 하나 이상, 예: ФИО / Full name, E-mail, Страна / Country를 적은 머리글 행을 찾았습니다).</translation>
    </message>
    <message>
        <source>name the header row with --header-row N and the columns with --map</source>
        <comment>import.no_columns_hint</comment>
        <translation>--header-row N으로 머리글 행을, --map으로 열을 지정하세요</translation>
    </message>
    <message>
        <source>{file} is empty: there is no list in it.</source>
        <comment>import.no_list</comment>
        <translation>{file}이(가) 비어 있습니다. 명단이 없습니다.</translation>
    </message>
    <message>
        <source>no name</source>
        <comment>import.no_name</comment>
        <translation>이름 없음</translation>
    </message>
    <message>
        <source>{file}: no column holds the participants' names (columns: {columns}).</source>
        <comment>import.no_name_column</comment>
        <translation>{file}: 참가자 이름이 있는 열이 없습니다(열: {columns}).</translation>
    </message>
    <message>
        <source>name it with --map full_name=COLUMN</source>
        <comment>import.no_name_column_hint</comment>
        <translation>--map full_name=COLUMN으로 지정하세요</translation>
    </message>
    <message>
        <source>no participant data</source>
        <comment>import.no_participant_data</comment>
        <translation>참가자 데이터 없음</translation>
    </message>
    <message>
        <source>--map: {file} has no column '{ref}' in its header row (columns: {columns}).</source>
        <comment>import.no_such_column</comment>
        <translation>--map: {file}의 머리글 행에 '{ref}' 열이 없습니다(열: {columns}).</translation>
    </message>
    <message>
        <source>{file}: sheet '{sheet}' has {rows} rows; there is no header row {row}.</source>
        <comment>import.no_such_header_row</comment>
        <translation>{file}: 시트 '{sheet}'은(는) {rows}행입니다. 머리글 행 {row}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{file} has no sheet named '{sheet}' (sheets: {sheets}).</source>
        <comment>import.no_such_sheet</comment>
        <translation>{file}에 '{sheet}' 시트가 없습니다(시트: {sheets}).</translation>
    </message>
    <message>
        <source>not a data row</source>
        <comment>import.not_a_data_row</comment>
        <translation>데이터 행이 아님</translation>
    </message>
    <message>
        <source>--map: '{field}' is not a participant field (fields: {fields}).</source>
        <comment>import.not_a_field</comment>
        <translation>--map: '{field}'은(는) 참가자 항목이 아닙니다(항목: {fields}).</translation>
    </message>
    <message>
        <source>not a valid e-mail address: {detail}</source>
        <comment>import.not_an_email</comment>
        <translation>올바른 이메일 주소가 아님: {detail}</translation>
    </message>
    <message>
        <source>{file}: the header is on row {row} but no rows follow it.</source>
        <comment>import.nothing_under_header</comment>
        <translation>{file}: 머리글이 {row}행에 있지만 그 아래에 행이 없습니다.</translation>
    </message>
    <message>
        <source>Adding participants</source>
        <comment>import.progress_adding</comment>
        <translation>참가자 추가</translation>
    </message>
    <message>
        <source>Copying the file aside</source>
        <comment>import.progress_backup</comment>
        <translation>파일 사본 만들기</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <comment>import.progress_checking</comment>
        <translation>행 확인</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <comment>import.progress_reading</comment>
        <translation>파일 읽기</translation>
    </message>
    <message>
        <source>Updating participants</source>
        <comment>import.progress_updating</comment>
        <translation>참가자 업데이트</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: it is the Course Manager file itself</source>
        <comment>import.rejects_is_database</comment>
        <translation>거부된 행을 {path}에 쓸 수 없습니다: Course Manager 파일 자체입니다</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: it is a folder</source>
        <comment>import.rejects_is_folder</comment>
        <translation>거부된 행을 {path}에 쓸 수 없습니다: 폴더입니다</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: it is the file being imported</source>
        <comment>import.rejects_is_input</comment>
        <translation>거부된 행을 {path}에 쓸 수 없습니다: 가져오는 중인 파일입니다</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: there is no folder {folder}</source>
        <comment>import.rejects_no_folder</comment>
        <translation>거부된 행을 {path}에 쓸 수 없습니다: {folder} 폴더가 없습니다</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: {reason}</source>
        <comment>import.rejects_not_writable</comment>
        <translation>거부된 행을 {path}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>the import itself was saved; write the rejected rows with --dry-run --rejects OUT</source>
        <comment>import.rejects_not_written</comment>
        <translation>가져오기 자체는 저장되었습니다. 거부된 행은 --dry-run --rejects OUT으로 저장하세요</translation>
    </message>
    <message>
        <source>same name</source>
        <comment>import.same_name</comment>
        <translation>같은 이름</translation>
    </message>
    <message>
        <source>rows describe the same person (same e-mail, or same name, country and organization); merged, the later row wins</source>
        <comment>import.same_person_in_file</comment>
        <translation>여러 행이 같은 사람입니다(같은 이메일, 또는 같은 이름·국가·기관). 병합했으며 뒤쪽 행이 우선합니다</translation>
    </message>
    <message>
        <source>a later row describes the same person</source>
        <comment>import.same_person_later</comment>
        <translation>아래 행에 같은 사람이 있음</translation>
    </message>
    <message>
        <source>the name is spelled differently</source>
        <comment>import.spelled_differently</comment>
        <translation>이름 철자가 다름</translation>
    </message>
    <message>
        <source>{file}: {count} rows rejected; with --strict nothing was imported.</source>
        <comment>import.strict_rejected</comment>
        <translation>{file}: {count}개 행이 거부되었습니다. --strict이므로 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>{file}: {count} row rejected; with --strict nothing was imported.</source>
        <comment>import.strict_rejected_one</comment>
        <translation>{file}: {count}개 행이 거부되었습니다. --strict이므로 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>unknown country '{value}'</source>
        <comment>import.unknown_country</comment>
        <translation>알 수 없는 국가 '{value}'</translation>
    </message>
    <message>
        <source>unknown gender '{value}' (use female, male or leave empty)</source>
        <comment>import.unknown_gender</comment>
        <translation>알 수 없는 성별 '{value}'(여성, 남성을 쓰거나 비워 두세요)</translation>
    </message>
    <message>
        <source>{source}: the {what} file is damaged (bad base64).</source>
        <comment>key.bad_base64</comment>
        <translation>{source}: {what} 파일이 손상되었습니다(잘못된 base64).</translation>
    </message>
    <message>
        <source>A key name may use letters, digits, '.', '-' and '_' only.</source>
        <comment>key.bad_name</comment>
        <translation>키 이름에는 문자, 숫자, '.', '-', '_'만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>{path}: cannot read the {what} ({detail}).</source>
        <comment>key.cannot_read</comment>
        <translation>{path}: {what}을(를) 읽을 수 없습니다({detail}).</translation>
    </message>
    <message>
        <source>{path}: the private key file is damaged (its two halves differ).</source>
        <comment>key.halves_differ</comment>
        <translation>{path}: 개인 키 파일이 손상되었습니다(두 부분이 서로 다름).</translation>
    </message>
    <message>
        <source>{source}: not a readable {what} (no PEM '{label}' block).</source>
        <comment>key.no_pem_block</comment>
        <translation>{source}: 읽을 수 있는 {what}이(가) 아닙니다(PEM '{label}' 블록 없음).</translation>
    </message>
    <message>
        <source>{source}: {name} key, not an Ed25519 key.</source>
        <comment>key.not_ed25519</comment>
        <translation>{source}: {name} 키이며 Ed25519 키가 아닙니다.</translation>
    </message>
    <message>
        <source>{source}: the private key is protected by a password; Course Manager needs it without one (openssl pkey -in KEY -out PLAIN writes such a copy).</source>
        <comment>key.password_protected</comment>
        <translation>{source}: 개인 키가 암호로 보호되어 있습니다. Course Manager에는 암호 없는 키가 필요합니다(openssl pkey -in KEY -out PLAIN으로 사본을 만들 수 있음).</translation>
    </message>
    <message>
        <source>{source}: the {what} file is damaged (its PEM block is cut off).</source>
        <comment>key.pem_cut_off</comment>
        <translation>{source}: {what} 파일이 손상되었습니다(PEM 블록이 잘림).</translation>
    </message>
    <message>
        <source>{source}: the private key file is damaged ({detail}).</source>
        <comment>key.private_damaged</comment>
        <translation>{source}: 개인 키 파일이 손상되었습니다({detail}).</translation>
    </message>
    <message>
        <source>{source}: not a readable public key ({detail}).</source>
        <comment>key.public_unreadable</comment>
        <translation>{source}: 읽을 수 있는 공개 키가 아닙니다({detail}).</translation>
    </message>
    <message>
        <source>private key</source>
        <comment>key.what_private</comment>
        <translation>개인 키</translation>
    </message>
    <message>
        <source>public key</source>
        <comment>key.what_public</comment>
        <translation>공개 키</translation>
    </message>
    <message>
        <source>{source}: not a usable {what}: the file holds a '{found}' block where a '{label}' block is expected.</source>
        <comment>key.wrong_block</comment>
        <translation>{source}: 사용할 수 있는 {what}이(가) 아닙니다. '{label}' 블록이 있어야 할 자리에 '{found}' 블록이 있습니다.</translation>
    </message>
    <message>
        <source>The programme already has a module with code '{code}'.</source>
        <comment>module.code_taken</comment>
        <translation>프로그램에 코드가 '{code}'인 모듈이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Cannot change {fields} of a module.</source>
        <comment>module.fixed_fields</comment>
        <translation>모듈의 {fields}은(는) 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no module with code '{code}'.</source>
        <comment>module.missing_code</comment>
        <translation>코드가 '{code}'인 모듈이 없습니다.</translation>
    </message>
    <message>
        <source>Module #{id} does not exist.</source>
        <comment>module.missing_id</comment>
        <translation>모듈 #{id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>A module needs an English title.</source>
        <comment>module.needs_title</comment>
        <translation>모듈에는 영어 과정명이 필요합니다.</translation>
    </message>
    <message>
        <source>Module hours cannot be negative.</source>
        <comment>module.negative_hours</comment>
        <translation>모듈 시간은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>Module {module} belongs to another programme.</source>
        <comment>module.other_programme</comment>
        <translation>모듈 {module}은(는) 다른 프로그램에 속합니다.</translation>
    </message>
    <message>
        <source>name at least one certificate serial number</source>
        <comment>ob3.no_serials</comment>
        <translation>인증서 일련번호를 하나 이상 지정하십시오</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: {name} was not written (free some space there, or choose a folder on another disk).</source>
        <comment>output.disk_full</comment>
        <translation>{folder}이(가) 있는 디스크가 가득 찼습니다. {name}을(를) 쓰지 못했습니다(공간을 확보하거나 다른 디스크의 폴더를 선택하세요).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file name.</source>
        <comment>output.is_a_folder</comment>
        <translation>{path}은(는) 폴더이며 파일 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>{folder} is not a folder: {path} cannot be written.</source>
        <comment>output.not_a_folder</comment>
        <translation>{folder}은(는) 폴더가 아닙니다. {path}을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>is it open in Excel or another program? Close it and try again</source>
        <comment>output.open_elsewhere_hint</comment>
        <translation>Excel이나 다른 프로그램에서 열려 있나요? 닫고 다시 시도하세요</translation>
    </message>
    <message>
        <source>Refusing to write {name!r} outside {folder}.</source>
        <comment>output.outside_folder</comment>
        <translation>{folder} 밖에 {name!r}을(를) 쓰는 것은 거부되었습니다.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk: {name} cannot be written there (choose another folder).</source>
        <comment>output.read_only</comment>
        <translation>{folder}은(는) 읽기 전용 디스크에 있어 {name}을(를) 쓸 수 없습니다(다른 폴더를 선택하세요).</translation>
    </message>
    <message>
        <source>{email} already belongs to participant #{id} ({name}).</source>
        <comment>participant.email_taken</comment>
        <translation>{email}은(는) 이미 참가자 #{id}({name})의 이메일입니다.</translation>
    </message>
    <message>
        <source>This participant is enrolled in a cohort; withdraw them instead of deleting.</source>
        <comment>participant.enrolled</comment>
        <translation>이 참가자는 기수에 등록되어 있습니다. 삭제하는 대신 등록을 취소하세요.</translation>
    </message>
    <message>
        <source>Participant #{id} does not exist.</source>
        <comment>participant.missing_id</comment>
        <translation>참가자 #{id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <comment>participant.needs_name</comment>
        <translation>참가자에게는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>No participant has the e-mail {email}.</source>
        <comment>participant.unknown_email</comment>
        <translation>이메일이 {email}인 참가자가 없습니다.</translation>
    </message>
    <message>
        <source>A participant has no field '{field}'.</source>
        <comment>participant.unknown_field</comment>
        <translation>참가자에게 '{field}' 항목이 없습니다.</translation>
    </message>
    <message>
        <source>No participant is known as '{text}' (give an id or e-mail).</source>
        <comment>participant.unknown_reference</comment>
        <translation>'{text}'(으)로 알려진 참가자가 없습니다(ID나 이메일을 입력하세요).</translation>
    </message>
    <message>
        <source>This PDF cannot be split page by page (compressed objects).</source>
        <comment>pdf.cannot_split</comment>
        <translation>이 PDF는 페이지별로 나눌 수 없습니다(압축된 객체).</translation>
    </message>
    <message>
        <source>{path}: this PDF is password-protected (encrypted), so its certificate data cannot be read. Use the original PDF as issued, or check the verification code printed on it.</source>
        <comment>pdf.encrypted</comment>
        <translation>{path}: 이 PDF는 암호로 보호되어(암호화되어) 있어 수료증 데이터를 읽을 수 없습니다. 발급된 원본 PDF를 사용하거나 인쇄된 확인 코드를 확인하세요.</translation>
    </message>
    <message>
        <source>{path}: not a readable PDF ({detail}).</source>
        <comment>pdf.unreadable</comment>
        <translation>{path}: 읽을 수 있는 PDF가 아닙니다({detail}).</translation>
    </message>
    <message>
        <source>the template's PARTNER LOGO box {file}</source>
        <comment>placeholder.logo</comment>
        <translation>서식의 PARTNER LOGO 상자 {file}</translation>
    </message>
    <message>
        <source>{count} "PARTNER LOGO" box(es)</source>
        <comment>placeholder.logos</comment>
        <translation>"PARTNER LOGO" 상자 {count}개</translation>
    </message>
    <message>
        <source>the signatories {names}</source>
        <comment>placeholder.signatories</comment>
        <translation>서명자 {names}</translation>
    </message>
    <message>
        <source>signatory {name!r}</source>
        <comment>placeholder.signatory</comment>
        <translation>서명자 {name!r}</translation>
    </message>
    <message>
        <source>the template's drawn signature for {name!r}</source>
        <comment>placeholder.signature</comment>
        <translation>서식에 그려진 {name!r}의 임시 서명</translation>
    </message>
    <message>
        <source>{count} drawn squiggle signature(s) of the template</source>
        <comment>placeholder.signatures</comment>
        <translation>서식에 그려진 임시 서명 {count}개</translation>
    </message>
    <message>
        <source>Cohort</source>
        <comment>preflight.field.cohort</comment>
        <translation>기수</translation>
    </message>
    <message>
        <source>Cohort title</source>
        <comment>preflight.field.cohort_title</comment>
        <translation>기수 이름</translation>
    </message>
    <message>
        <source>Dates</source>
        <comment>preflight.field.dates</comment>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>preflight.field.full_name</comment>
        <translation>이름</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <comment>preflight.field.full_name_latin</comment>
        <translation>이름(로마자)</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>preflight.field.hours</comment>
        <translation>시간</translation>
    </message>
    <message>
        <source>Module title</source>
        <comment>preflight.field.module_title</comment>
        <translation>모듈 제목</translation>
    </message>
    <message>
        <source>Organisation</source>
        <comment>preflight.field.organisation</comment>
        <translation>기관</translation>
    </message>
    <message>
        <source>Place</source>
        <comment>preflight.field.place</comment>
        <translation>장소</translation>
    </message>
    <message>
        <source>Programme</source>
        <comment>preflight.field.programme</comment>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>Signatory</source>
        <comment>preflight.field.signatories</comment>
        <translation>서명자</translation>
    </message>
    <message>
        <source>Template text</source>
        <comment>preflight.field.template</comment>
        <translation>템플릿 문구</translation>
    </message>
    <message>
        <source>the Latin form “{latin}” of “{name}” does not fit its line on the certificate at a readable size</source>
        <comment>preflight.latin_too_long</comment>
        <translation>“{name}”의 라틴 문자 표기 “{latin}”은(는) 읽을 수 있는 크기로는 수료증의 해당 줄에 들어가지 않습니다</translation>
    </message>
    <message>
        <source>the name “{name}” does not fit the certificate, even on two lines at a readable size</source>
        <comment>preflight.name_too_long</comment>
        <translation>이름 “{name}”은(는) 읽을 수 있는 크기로는 두 줄로도 수료증에 들어가지 않습니다</translation>
    </message>
    <message>
        <source>{name} — {field}: characters no font can print: {characters}</source>
        <comment>preflight.person_cannot_print</comment>
        <translation>{name} — {field}: 어떤 글꼴로도 인쇄할 수 없는 문자: {characters}</translation>
    </message>
    <message>
        <source>{field} “{text}”: characters no font can print: {characters}</source>
        <comment>preflight.text_cannot_print</comment>
        <translation>{field} “{text}”: 어떤 글꼴로도 인쇄할 수 없는 문자: {characters}</translation>
    </message>
    <message>
        <source>{text!r} is not a page range; write pages like 1-3,7.</source>
        <comment>print.bad_pages</comment>
        <translation>{text!r}은(는) 페이지 범위가 아닙니다. 1-3,7처럼 입력하세요.</translation>
    </message>
    <message>
        <source>No print system was found (lp or lpr).</source>
        <comment>print.no_print_system</comment>
        <translation>인쇄 시스템(lp 또는 lpr)을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>install CUPS, or print the PDF from a PDF viewer</source>
        <comment>print.no_print_system_hint</comment>
        <translation>CUPS를 설치하거나 PDF 뷰어에서 PDF를 인쇄하세요</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <comment>print.no_such_file</comment>
        <translation>{path}: 파일이 없습니다.</translation>
    </message>
    <message>
        <source>{path}: not a PDF file.</source>
        <comment>print.not_a_pdf</comment>
        <translation>{path}: PDF 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The print system did not accept the file ({error}).</source>
        <comment>print.not_accepted</comment>
        <translation>인쇄 시스템이 파일을 받지 않았습니다({error}).</translation>
    </message>
    <message>
        <source>Certificate {serial} is {status}; nothing was printed. Print the valid one instead.</source>
        <comment>print.not_valid</comment>
        <translation>수료증 {serial}은(는) {status} 상태이므로 아무것도 인쇄하지 않았습니다. 대신 유효한 수료증을 인쇄하세요.</translation>
    </message>
    <message>
        <source>There is no certificate to print.</source>
        <comment>print.nothing</comment>
        <translation>인쇄할 수료증이 없습니다.</translation>
    </message>
    <message>
        <source>Every valid certificate of {cohort} was printed before.</source>
        <comment>print.nothing_new</comment>
        <translation>{cohort}의 유효한 수료증은 모두 이미 인쇄되었습니다.</translation>
    </message>
    <message>
        <source>{path}: there is no page {page} (the file has {count}).</source>
        <comment>print.page_out_of_range</comment>
        <translation>{path}: {page}페이지가 없습니다(파일은 {count}페이지).</translation>
    </message>
    <message>
        <source>{path}: this PDF is password-protected (encrypted) and cannot be moved by the print offsets. Print the PDF as issued, or with offsets of 0.</source>
        <comment>print.pdf_encrypted</comment>
        <translation>{path}: 이 PDF는 암호로 보호되어(암호화되어) 있어 인쇄 위치 보정을 적용할 수 없습니다. 발급된 그대로 또는 보정 0으로 인쇄하세요.</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>print.progress_printing</comment>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>Preparing the pages</source>
        <comment>print.progress_rendering</comment>
        <translation>페이지 준비</translation>
    </message>
    <message>
        <source>The print system refused the file: {detail}</source>
        <comment>print.refused</comment>
        <translation>인쇄 시스템이 파일을 거부했습니다: {detail}</translation>
    </message>
    <message>
        <source>Name the certificates to print: serial numbers or one cohort.</source>
        <comment>print.serials_or_cohort</comment>
        <translation>인쇄할 수료증을 지정하세요: 일련번호 또는 기수 하나.</translation>
    </message>
    <message>
        <source>A programme with code '{code}' already exists.</source>
        <comment>programme.code_taken</comment>
        <translation>코드가 '{code}'인 프로그램이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Cannot change {fields} of a programme.</source>
        <comment>programme.fixed_fields</comment>
        <translation>프로그램의 {fields}은(는) 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no programme with code '{code}'.</source>
        <comment>programme.missing_code</comment>
        <translation>코드가 '{code}'인 프로그램이 없습니다.</translation>
    </message>
    <message>
        <source>Programme #{id} does not exist.</source>
        <comment>programme.missing_id</comment>
        <translation>프로그램 #{id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>A programme needs an English name.</source>
        <comment>programme.needs_name</comment>
        <translation>프로그램에는 영어 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>The file has no programme yet (create one with 'programme add').</source>
        <comment>programme.none_yet</comment>
        <translation>파일에 아직 프로그램이 없습니다('programme add'로 만드세요).</translation>
    </message>
    <message>
        <source>The file has several programmes: name one with --programme CODE.</source>
        <comment>programme.several</comment>
        <translation>파일에 프로그램이 여러 개 있습니다. --programme CODE로 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>{what} does not exist.</source>
        <comment>record.missing</comment>
        <translation>{what}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{serial}: the name {name!r} has characters no bundled font can draw ({characters}); nothing was printed.</source>
        <comment>render.name_undrawable</comment>
        <translation>{serial}: 이름 {name!r}에 내장 글꼴로 표시할 수 없는 문자({characters})가 있어 아무것도 인쇄하지 않았습니다.</translation>
    </message>
    <message>
        <source>Unknown paper size {paper!r}; use A4 or Letter.</source>
        <comment>render.unknown_paper</comment>
        <translation>알 수 없는 용지 크기 {paper!r}입니다. A4 또는 Letter를 사용하세요.</translation>
    </message>
    <message>
        <source>There are no cohorts to report on yet.</source>
        <comment>report.no_cohorts</comment>
        <translation>아직 보고할 기수가 없습니다.</translation>
    </message>
    <message>
        <source>{name}: the report is an Excel file; give a name ending in .xlsx</source>
        <comment>report.not_xlsx</comment>
        <translation>{name}: 보고서는 Excel 파일입니다. .xlsx로 끝나는 이름을 입력하세요</translation>
    </message>
    <message>
        <source>{language}: reports are written in {known}; choose one of them</source>
        <comment>report.unknown_language</comment>
        <translation>{language}: 보고서는 {known} 중 하나로 작성됩니다. 그중에서 선택하세요</translation>
    </message>
    <message>
        <source>the setting {key!r} takes {expected}; {text!r} is not one</source>
        <comment>setting.bad_text</comment>
        <translation>설정 {key!r}에는 {expected}이(가) 필요합니다. {text!r}은(는) 해당하지 않습니다</translation>
    </message>
    <message>
        <source>certificates need one PDF per person, a merged PDF or both (certificate_separate_files and certificate_merged_file are both false)</source>
        <comment>setting.no_certificate_files</comment>
        <translation>수료증에는 1인당 PDF, 통합 PDF 또는 둘 다가 필요합니다(certificate_separate_files와 certificate_merged_file이 모두 false입니다)</translation>
    </message>
    <message>
        <source>the setting {key!r} takes only {choices}, not {got!r}</source>
        <comment>setting.not_a_choice</comment>
        <translation>설정 {key!r}에는 {choices}만 가능하며 {got!r}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>there is no setting {key!r} (known settings: {known})</source>
        <comment>setting.unknown</comment>
        <translation>{key!r} 설정이 없습니다(알려진 설정: {known})</translation>
    </message>
    <message>
        <source>the setting {key!r} takes {expected}, not {got!r}</source>
        <comment>setting.wrong_type</comment>
        <translation>설정 {key!r}에는 {got!r}이(가) 아니라 {expected}이(가) 필요합니다</translation>
    </message>
    <message>
        <source>{count} people in {cohort} have this name; add their e-mail</source>
        <comment>signin.ambiguous_name</comment>
        <translation>{cohort}에 이 이름을 가진 사람이 {count}명 있습니다. 이메일을 추가하세요</translation>
    </message>
    <message>
        <source>{path} is a folder, not a sign-in sheet.</source>
        <comment>signin.is_folder</comment>
        <translation>{path}은(는) 폴더이며 출석부가 아닙니다.</translation>
    </message>
    <message>
        <source>has marks but no name or e-mail; row skipped</source>
        <comment>signin.marks_without_person</comment>
        <translation>표시는 있지만 이름이나 이메일이 없어 행을 건너뜀</translation>
    </message>
    <message>
        <source>{file}, row {row}: columns {first} and {second} both name module {module}.</source>
        <comment>signin.module_twice</comment>
        <translation>{file}, {row}행: {first} 열과 {second} 열이 모두 모듈 {module}을(를) 가리킵니다.</translation>
    </message>
    <message>
        <source>hours cannot be negative</source>
        <comment>signin.negative_hours</comment>
        <translation>시간은 음수일 수 없음</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <comment>signin.no_file</comment>
        <translation>{path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{file}: no row in the first {rows} names a module of cohort {cohort} (its modules: {codes}); put module codes or titles over the mark columns.</source>
        <comment>signin.no_header</comment>
        <translation>{file}: 처음 {rows}개 행 중 기수 {cohort}의 모듈(모듈: {codes})을 적은 행이 없습니다. 표시 열 위에 모듈 코드나 과정명을 적으세요.</translation>
    </message>
    <message>
        <source>{file}, row {row}: there is no column of names (e.g. 'ФИО', 'Full name') or e-mails to tell who each row is.</source>
        <comment>signin.no_name_column</comment>
        <translation>{file}, {row}행: 각 행이 누구인지 알 수 있는 이름 열(예: 'ФИО', 'Full name')이나 이메일 열이 없습니다.</translation>
    </message>
    <message>
        <source>is not a mark this import knows (use +, П/Н, present/absent or hours)</source>
        <comment>signin.not_a_mark</comment>
        <translation>이 가져오기에서 인식하지 못하는 표시입니다(+, П/Н, present/absent 또는 시간 사용)</translation>
    </message>
    <message>
        <source>is already on row {row}; this row is skipped</source>
        <comment>signin.repeated_row</comment>
        <translation>이미 {row}행에 있어 이 행을 건너뜀</translation>
    </message>
    <message>
        <source>{hours:g} h is more than the module lasts ({module_hours:g} h)</source>
        <comment>signin.too_many_hours</comment>
        <translation>{hours:g}시간은 모듈 시간({module_hours:g}시간)보다 깁니다</translation>
    </message>
    <message>
        <source>no one in {cohort} has this e-mail</source>
        <comment>signin.unknown_email</comment>
        <translation>{cohort}에 이 이메일을 가진 사람이 없음</translation>
    </message>
    <message>
        <source>no one in {cohort} has this e-mail or the name '{name}'</source>
        <comment>signin.unknown_email_and_name</comment>
        <translation>{cohort}에 이 이메일이나 이름 '{name}'을(를) 가진 사람이 없음</translation>
    </message>
    <message>
        <source>no one in {cohort} has this name</source>
        <comment>signin.unknown_name</comment>
        <translation>{cohort}에 이 이름을 가진 사람이 없음</translation>
    </message>
    <message>
        <source>was withdrawn from {cohort}; marks not imported</source>
        <comment>signin.withdrawn</comment>
        <translation>{cohort} 등록이 취소되어 표시를 가져오지 않음</translation>
    </message>
    <message>
        <source>{file}: sign-in sheets are read from .xlsx, .xlsb, .ods, .xls or .csv files.</source>
        <comment>signin.wrong_kind</comment>
        <translation>{file}: 출석부는 .xlsx, .xlsb, .ods, .xls 또는 .csv 파일에서 읽습니다.</translation>
    </message>
    <message>
        <source>Module {module} is not run by cohort {cohort}.</source>
        <comment>signin_sheet.module_not_run</comment>
        <translation>기수 {cohort}에서는 모듈 {module}을(를) 운영하지 않습니다.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in {cohort} yet; there is no one to list.</source>
        <comment>signin_sheet.nobody_enrolled</comment>
        <translation>{cohort}에 아직 등록된 사람이 없어 명단에 올릴 사람이 없습니다.</translation>
    </message>
    <message>
        <source>{name}: the sign-in sheet is a PDF; give a name ending in .pdf</source>
        <comment>signin_sheet.not_pdf</comment>
        <translation>{name}: 출석부는 PDF입니다. .pdf로 끝나는 이름을 입력하세요</translation>
    </message>
    <message>
        <source>{language}: sign-in sheets are written in {known}; choose among them</source>
        <comment>signin_sheet.unknown_language</comment>
        <translation>{language}: 출석 서명부는 {known}(으)로 작성됩니다. 그중에서 선택하세요</translation>
    </message>
    <message>
        <source>A certificate field contains a control character.</source>
        <comment>signing.control_character</comment>
        <translation>수료증 항목에 제어 문자가 있습니다.</translation>
    </message>
    <message>
        <source>{file}: sheet '{sheet}' spans {rows:,} rows by {columns:,} columns, more than the {limit:,} cells a list is read in.</source>
        <comment>spreadsheet.area_beyond_budget</comment>
        <translation>{file}: 시트 '{sheet}'은(는) {rows:,}행 × {columns:,}열로, 명단을 읽는 한도인 {limit:,}셀을 넘습니다.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet or text list (it holds binary data).</source>
        <comment>spreadsheet.binary</comment>
        <translation>{file}은(는) 스프레드시트나 텍스트 명단이 아닙니다(이진 데이터 포함).</translation>
    </message>
    <message>
        <source>{file}: sheet '{sheet}' has a value in cell {cell}, beyond the {rows:,} rows and {columns:,} columns a list is read in.</source>
        <comment>spreadsheet.cell_beyond_budget</comment>
        <translation>{file}: 시트 '{sheet}'의 {cell} 셀에 값이 있으며, 명단을 읽는 {rows:,}행과 {columns:,}열 범위를 벗어납니다.</translation>
    </message>
    <message>
        <source>{file}: cell {cell} holds {count:,} characters; this is not a participant list.</source>
        <comment>spreadsheet.cell_too_long</comment>
        <translation>{file}: {cell} 셀에 {count:,}자가 있습니다. 참가자 명단이 아닙니다.</translation>
    </message>
    <message>
        <source>{file}: sheet '{sheet}', cell {cell} holds {count:,} characters; this is not a participant list.</source>
        <comment>spreadsheet.cell_too_long_in_sheet</comment>
        <translation>{file}: 시트 '{sheet}'의 {cell} 셀에 {count:,}자가 있습니다. 참가자 명단이 아닙니다.</translation>
    </message>
    <message>
        <source>choose the .xlsx, .ods or .csv file itself</source>
        <comment>spreadsheet.choose_file_hint</comment>
        <translation>.xlsx, .ods 또는 .csv 파일 자체를 선택하세요</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <comment>spreadsheet.empty_file</comment>
        <translation>{file}이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>delete what lies beyond the list (Ctrl+End shows the last cell) and save the file again</source>
        <comment>spreadsheet.far_cell_hint</comment>
        <translation>명단 밖에 있는 내용을 지우고(Ctrl+End로 마지막 셀 확인) 파일을 다시 저장하세요</translation>
    </message>
    <message>
        <source>{file} is {size_mb:.1f} MB; a list of up to {limit_mb} MB is read.</source>
        <comment>spreadsheet.file_too_big</comment>
        <translation>{file}은(는) {size_mb:.1f}MB입니다. 최대 {limit_mb}MB의 명단을 읽습니다.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a spreadsheet.</source>
        <comment>spreadsheet.is_folder</comment>
        <translation>{path}은(는) 폴더이며 스프레드시트가 아닙니다.</translation>
    </message>
    <message>
        <source>{file} has no sheet named '{sheet}'.</source>
        <comment>spreadsheet.no_such_sheet</comment>
        <translation>{file}에 '{sheet}' 시트가 없습니다.</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <comment>spreadsheet.not_found</comment>
        <translation>{path}: 파일이 없습니다.</translation>
    </message>
    <message>
        <source>{file}: its part {part} unpacks to more than {limit_mb} MB; this is not a participant list.</source>
        <comment>spreadsheet.part_too_big</comment>
        <translation>{file}: 구성 요소 {part}의 압축을 풀면 {limit_mb}MB가 넘습니다. 참가자 명단이 아닙니다.</translation>
    </message>
    <message>
        <source>save it from the spreadsheet program as .xlsx, .ods or .csv and try again</source>
        <comment>spreadsheet.save_as_hint</comment>
        <translation>스프레드시트 프로그램에서 .xlsx, .ods 또는 .csv로 저장한 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <source>{file} has more than {rows:,} rows or {columns:,} columns; a list is read within these.</source>
        <comment>spreadsheet.text_beyond_budget</comment>
        <translation>{file}은(는) {rows:,}행 또는 {columns:,}열을 넘습니다. 명단은 이 범위 안에서 읽습니다.</translation>
    </message>
    <message>
        <source>{file} holds more than {limit:,} different texts; this is not a participant list.</source>
        <comment>spreadsheet.too_many_strings</comment>
        <translation>{file}에 서로 다른 텍스트가 {limit:,}개를 넘습니다. 참가자 명단이 아닙니다.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet ({detail}).</source>
        <comment>spreadsheet.unreadable</comment>
        <translation>{file}을(를) 스프레드시트로 읽을 수 없습니다({detail}).</translation>
    </message>
    <message>
        <source>available: {names}</source>
        <comment>template.available</comment>
        <translation>사용 가능: {names}</translation>
    </message>
    <message>
        <source>{where}: element {element}: image {src} is missing.</source>
        <comment>template.image_missing</comment>
        <translation>{where}: 요소 {element}: 이미지 {src}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{where}: the key {key!r} is missing.</source>
        <comment>template.key_missing</comment>
        <translation>{where}: 키 {key!r}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no certificate template named {name!r}.</source>
        <comment>template.not_found</comment>
        <translation>이름이 {name!r}인 수료증 서식이 없습니다.</translation>
    </message>
    <message>
        <source>{where}: element {element} uses unknown fields {fields}.</source>
        <comment>template.unknown_fields</comment>
        <translation>{where}: 요소 {element}이(가) 알 수 없는 항목 {fields}을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>{where}: element {element} has an unknown type {kind!r}.</source>
        <comment>template.unknown_type</comment>
        <translation>{where}: 요소 {element}의 유형 {kind!r}을(를) 알 수 없습니다.</translation>
    </message>
    <message>
        <source>{path}: not a readable template ({detail}).</source>
        <comment>template.unreadable</comment>
        <translation>{path}: 읽을 수 있는 서식이 아닙니다({detail}).</translation>
    </message>
    <message>
        <source>{text}</source>
        <comment>text</comment>
        <translation>{text}</translation>
    </message>
    <message>
        <source>Enter a code for the {what} (letters, digits, '-', '_' or '.', up to 40 characters).</source>
        <comment>value.code_empty</comment>
        <translation>{what} 코드를 입력하세요(문자, 숫자, '-', '_', '.'를 40자 이내로).</translation>
    </message>
    <message>
        <source>'{value}' is not a valid {what} code: use letters, digits, '-', '_' or '.', up to 40 characters.</source>
        <comment>value.code_invalid</comment>
        <translation>'{value}'은(는) 올바른 {what} 코드가 아닙니다. 문자, 숫자, '-', '_', '.'를 40자 이내로 사용하세요.</translation>
    </message>
    <message>
        <source>cohort</source>
        <comment>value.code_of.cohort</comment>
        <translation>기수</translation>
    </message>
    <message>
        <source>module</source>
        <comment>value.code_of.module</comment>
        <translation>모듈</translation>
    </message>
    <message>
        <source>programme</source>
        <comment>value.code_of.programme</comment>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>'{text}' is not an ISO 3166-1 alpha-2 country code (e.g. KZ, KR, GE).</source>
        <comment>value.country_code_invalid</comment>
        <translation>'{text}'은(는) ISO 3166-1 alpha-2 국가 코드가 아닙니다(예: KZ, KR, GE).</translation>
    </message>
    <message>
        <source>'{text}' is not a valid {what} (use YYYY-MM-DD).</source>
        <comment>value.date_invalid</comment>
        <translation>'{text}'은(는) 올바른 {what}이(가) 아닙니다(YYYY-MM-DD 사용).</translation>
    </message>
    <message>
        <source>date</source>
        <comment>value.date_of.date</comment>
        <translation>날짜</translation>
    </message>
    <message>
        <source>end date</source>
        <comment>value.date_of.end</comment>
        <translation>종료일</translation>
    </message>
    <message>
        <source>module date</source>
        <comment>value.date_of.module</comment>
        <translation>모듈 날짜</translation>
    </message>
    <message>
        <source>start date</source>
        <comment>value.date_of.start</comment>
        <translation>시작일</translation>
    </message>
    <message>
        <source>'{text}' is not a valid e-mail address: {detail}</source>
        <comment>value.email_invalid</comment>
        <translation>'{text}'은(는) 올바른 이메일 주소가 아닙니다: {detail}</translation>
    </message>
    <message>
        <source>'{value}' is not a gender this app records (female, male or unspecified).</source>
        <comment>value.gender_invalid</comment>
        <translation>'{value}'은(는) 이 앱이 기록하는 성별이 아닙니다(여성, 남성 또는 빈칸).</translation>
    </message>
    <message>
        <source>minimum attendance</source>
        <comment>value.share_of.min_attendance</comment>
        <translation>최소 출석률</translation>
    </message>
    <message>
        <source>{what} must be between 0 and 100 %.</source>
        <comment>value.share_out_of_range</comment>
        <translation>{what}은(는) 0~100% 사이여야 합니다.</translation>
    </message>
    <message>
        <source>certificate {serial} was altered after it was issued: {what}</source>
        <comment>verify.altered</comment>
        <translation>수료증 {serial}이(가) 발급 후 변경되었습니다: {what}</translation>
    </message>
    <message>
        <source>annotations were added to page {page} ({kinds})</source>
        <comment>verify.altered.annotations</comment>
        <translation>{page}페이지에 주석이 추가되었습니다({kinds})</translation>
    </message>
    <message>
        <source>the page's drawing differs from the issued file {file}</source>
        <comment>verify.altered.content</comment>
        <translation>페이지의 그림이 발급된 파일 {file}과(와) 다릅니다</translation>
    </message>
    <message>
        <source>the page does not show the signed dates {start} – {end}</source>
        <comment>verify.altered.dates</comment>
        <translation>페이지에 서명된 기간 {start} – {end}이(가) 표시되어 있지 않습니다</translation>
    </message>
    <message>
        <source>form fields were added to the file</source>
        <comment>verify.altered.form</comment>
        <translation>파일에 양식 필드가 추가되었습니다</translation>
    </message>
    <message>
        <source>the page does not show the signed name {name!r}</source>
        <comment>verify.altered.name</comment>
        <translation>페이지에 서명된 이름 {name!r}이(가) 표시되어 있지 않습니다</translation>
    </message>
    <message>
        <source>the page does not show the registered Latin spelling of the name {name!r}</source>
        <comment>verify.altered.name_latin</comment>
        <translation>페이지에 등록된 로마자 이름 {name!r}이(가) 표시되어 있지 않습니다</translation>
    </message>
    <message>
        <source>a filled rectangle is drawn over the name</source>
        <comment>verify.altered.over_fill</comment>
        <translation>이름 위에 채워진 사각형이 그려져 있습니다</translation>
    </message>
    <message>
        <source>an image or drawing ({name}) is drawn over the name</source>
        <comment>verify.altered.over_image</comment>
        <translation>이름 위에 이미지나 그림({name})이 그려져 있습니다</translation>
    </message>
    <message>
        <source>the text {text!r} is drawn over the name</source>
        <comment>verify.altered.over_text</comment>
        <translation>이름 위에 텍스트 {text!r}이(가) 그려져 있습니다</translation>
    </message>
    <message>
        <source>the file's PDF signature does not match its content: the file was changed after signing</source>
        <comment>verify.altered.pdf_signature</comment>
        <translation>파일의 PDF 서명이 내용과 일치하지 않습니다: 서명 후 파일이 변경되었습니다</translation>
    </message>
    <message>
        <source>the file's PDF signature was made with another key than its QR code's</source>
        <comment>verify.altered.pdf_signer</comment>
        <translation>파일의 PDF 서명이 QR 코드와 다른 키로 만들어졌습니다</translation>
    </message>
    <message>
        <source>an update was appended to the file ({count} revisions; an issued certificate has one)</source>
        <comment>verify.altered.revisions</comment>
        <translation>파일에 업데이트가 덧붙여졌습니다(개정 {count}개, 발급된 수료증은 1개)</translation>
    </message>
    <message>
        <source>the page does not show the signed serial {serial}</source>
        <comment>verify.altered.serial</comment>
        <translation>페이지에 서명된 일련번호 {serial}이(가) 표시되어 있지 않습니다</translation>
    </message>
    <message>
        <source>the signature does not match: the certificate data was altered</source>
        <comment>verify.bad_signature</comment>
        <translation>서명이 일치하지 않습니다: 수료증 데이터가 변경되었습니다</translation>
    </message>
    <message>
        <source>a code can only be checked against the issuing office's register</source>
        <comment>verify.code_needs_register</comment>
        <translation>코드는 발급 기관의 등록부로만 확인할 수 있습니다</translation>
    </message>
    <message>
        <source>the QR text is damaged (not base32)</source>
        <comment>verify.damaged_qr</comment>
        <translation>QR 텍스트가 손상되었습니다(base32 아님)</translation>
    </message>
    <message>
        <source>the check character does not match: the code was mistyped</source>
        <comment>verify.mistyped</comment>
        <translation>검사 문자가 일치하지 않습니다: 코드를 잘못 입력했습니다</translation>
    </message>
    <message>
        <source>certificate {serial} carries this office's signature but its register does not hold it: it was never recorded as issued</source>
        <comment>verify.never_recorded</comment>
        <translation>수료증 {serial}에는 이 기관의 서명이 있지만 등록부에 없습니다: 발급 기록이 없습니다</translation>
    </message>
    <message>
        <source>{path}: no certificate QR code found in this PDF</source>
        <comment>verify.no_qr_in_pdf</comment>
        <translation>{path}: 이 PDF에서 수료증 QR 코드를 찾지 못했습니다</translation>
    </message>
    <message>
        <source>no certificate with code {code} in this register</source>
        <comment>verify.no_such_code</comment>
        <translation>이 등록부에 코드가 {code}인 수료증이 없습니다</translation>
    </message>
    <message>
        <source>no certificate with serial {serial} in this register</source>
        <comment>verify.no_such_serial</comment>
        <translation>이 등록부에 일련번호가 {serial}인 수료증이 없습니다</translation>
    </message>
    <message>
        <source>this is not a Course Manager certificate code</source>
        <comment>verify.not_a_code</comment>
        <translation>Course Manager 수료증 코드가 아닙니다</translation>
    </message>
    <message>
        <source>the payload is not a certificate record ({detail})</source>
        <comment>verify.not_a_record</comment>
        <translation>데이터가 수료증 기록이 아닙니다({detail})</translation>
    </message>
    <message>
        <source>{text}: neither a PDF file, a serial number, a certificate code nor a QR text</source>
        <comment>verify.not_a_subject</comment>
        <translation>{text}: PDF 파일, 일련번호, 수료증 코드, QR 텍스트 중 어느 것도 아닙니다</translation>
    </message>
    <message>
        <source>certificate {serial} in this register is not this one (it was issued to {name}); this copy was never recorded as issued</source>
        <comment>verify.not_recorded</comment>
        <translation>이 등록부의 수료증 {serial}은(는) 이것이 아닙니다({name} 님에게 발급됨). 이 사본은 발급 기록이 없습니다</translation>
    </message>
    <message>
        <source>the register's record of {serial} fails its check: {reason}</source>
        <comment>verify.record_fails</comment>
        <translation>등록부의 {serial} 기록이 검사를 통과하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>this proves the register entry, not the paper or file in your hand: compare its name, dates and verification code with this entry, or check the PDF itself</source>
        <comment>verify.register_only</comment>
        <translation>이는 등록부 항목을 증명할 뿐, 가지고 계신 종이나 파일을 증명하지는 않습니다. 이름, 기간, 확인 코드를 이 항목과 비교하거나 PDF 자체를 확인하세요</translation>
    </message>
    <message>
        <source>certificate {serial} was replaced by {newer}</source>
        <comment>verify.replaced</comment>
        <translation>수료증 {serial}은(는) {newer}(으)로 대체되었습니다</translation>
    </message>
    <message>
        <source>certificate {serial} was revoked on {date}: {reason}</source>
        <comment>verify.revoked</comment>
        <translation>수료증 {serial}은(는) {date}에 무효화되었습니다: {reason}</translation>
    </message>
    <message>
        <source>a serial number can only be checked against the issuing office's register</source>
        <comment>verify.serial_needs_register</comment>
        <translation>일련번호는 발급 기관의 등록부로만 확인할 수 있습니다</translation>
    </message>
    <message>
        <source>signed by a key this office does not know (key {kid}); import the issuing office's public key to check it</source>
        <comment>verify.unknown_key</comment>
        <translation>이 기관이 모르는 키(키 {kid})로 서명되었습니다. 확인하려면 발급 기관의 공개 키를 가져오세요</translation>
    </message>
    <message>
        <source>the verification page address must start with https:// or http:// and hold no '#': {url!r}</source>
        <comment>verify_page.bad_url</comment>
        <translation>검증 페이지 주소는 https:// 또는 http://로 시작해야 하며 '#'을 포함할 수 없습니다: {url!r}</translation>
    </message>
</context>
</TS>
