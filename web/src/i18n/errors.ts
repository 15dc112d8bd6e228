import type { components } from '../api/schema';

/** One of the API's error codes: the enum `ErrorCode` of the OpenAPI document, generated. */
export type ErrorCode = components['schemas']['ErrorCode'];

/**
 * The API's error codes in words (errors.<CODE>), for every code of the server's catalogue
 * (src/common/errors/error-codes.ts), in both languages: the record is keyed by the generated
 * `ErrorCode`, so a code without words, or words for a code the server no longer answers, does not
 * compile. Each sentence says what happened and what to do, for someone who is not technical;
 * placeholders are left out because the server's `details` vary from code to code. A page may
 * word a code for its own situation (see codeText in ./index.ts).
 */
export const errorMessages: Record<'zh-CN' | 'en', Record<ErrorCode, string>> = {
  'zh-CN': {
    // Shown on every page: permissions, sign-in, validation
    FORBIDDEN: '没有权限进行此操作',
    NOT_FOUND: '没有找到相关内容，请刷新后重试',
    VALIDATION_FAILED: '填写的内容有误，请按提示修改',
    INVALID_CREDENTIALS: '用户名或密码不正确',
    TOKEN_MISSING: '请先登录',
    TOKEN_INVALID: '登录已失效，请重新登录',
    TOKEN_EXPIRED: '登录已过期，请重新登录',
    TOKEN_REVOKED: '您已退出登录或密码已更改，请重新登录',
    ROLE_NOT_ALLOWED: '当前账号没有此权限',
    STALE_SCORE: '该分数刚被他人修改，请刷新后重新录入',

    // The framework and the server itself
    BAD_REQUEST: '请求有误，请刷新页面后重试',
    UNAUTHENTICATED: '请先登录',
    CONFLICT: '数据已被他人更改，请刷新页面后重试',
    METHOD_NOT_ALLOWED: '不支持此操作，请刷新页面后重试',
    NOT_ACCEPTABLE: '无法按所需格式返回内容，请刷新页面后重试',
    PAYLOAD_TOO_LARGE: '提交的内容过大，请减少内容或分批提交',
    UNSUPPORTED_MEDIA_TYPE: '提交的内容格式不受支持，请按页面要求的格式提交',
    UNPROCESSABLE: '暂时无法处理此操作，请检查内容后重试',
    TOO_MANY_REQUESTS: '操作过于频繁，请稍等一分钟再试',
    SERVICE_UNAVAILABLE: '服务暂时不可用，请稍后重试',
    INVALID_JSON: '提交的数据格式有误，请刷新页面后重试',
    INVALID_ID: '链接地址有误，请从页面菜单重新进入',
    IF_MATCH_INVALID: '页面上的数据版本有误，请刷新页面后重试',
    DATABASE_BUSY: '系统正忙，请稍等片刻后重试',
    INTERNAL_ERROR: '系统出现故障，请稍后重试；如仍不行，请联系系统管理员',
    QUEUE_UNAVAILABLE:
      '后台任务服务暂时不可用，本次操作没有执行，请稍后重试；如持续出现，请联系系统管理员',
    JOB_NOT_FOUND: '该后台任务已不存在（可能已过期），请刷新页面查看结果',
    NOTHING_TO_UPDATE: '没有需要保存的修改',

    // Sign-in and throttling
    TOO_MANY_LOGIN_ATTEMPTS: '登录尝试次数过多，请等一分钟后再试',
    LOGIN_DELAYED: '该账号密码错误次数过多，请稍等片刻后再试',
    CURRENT_PASSWORD_WRONG: '当前密码不正确',
    PASSWORD_UNCHANGED: '新密码不能与当前密码相同',
    TOO_MANY_LOOKUPS: '查询过于频繁，请等一分钟后再试',
    TOO_MANY_UPLOADS: '上传文件过于频繁，请等一分钟后再试',

    // Accounts, units, trades, competitions
    USERNAME_TAKEN: '该用户名已被使用，请换一个',
    USER_NOT_FOUND: '该账号不存在，请刷新后重试',
    CANNOT_DEACTIVATE_SELF: '不能停用自己的账号，请由其他组织方停用',
    SCORING_INCOMPLETE: '还有分数未录入、需重评或未确认，全部确认后才能结束评分',
    RESET_OWN_PASSWORD: '自己的密码请在“修改密码”中修改（需输入当前密码）',
    UNIT_REQUIRED: '请填写或选择所属单位',
    UNIT_NOT_ALLOWED: '组织方账号不属于任何单位，请不要选择单位',
    UNIT_NOT_FOUND: '该单位不存在，请刷新后重新选择',
    UNIT_CODE_TAKEN: '该单位代码已被使用，请换一个',
    PARENT_UNIT_NOT_FOUND: '所选的上级单位不存在，请刷新后重新选择',
    UNIT_TREE_TOO_DEEP: '单位层级过多，请选择更高一级的单位作为上级单位',
    UNIT_UNKNOWN: '没有找到该单位，请填写完整准确的单位名称或单位代码',
    UNIT_AMBIGUOUS: '有多个同名单位，请改填单位代码',
    UNIT_CODE_NAME_MISMATCH: '单位代码与单位名称不符，请核对后重新填写',
    TRADE_CODE_TAKEN: '该工种代码已存在，请换一个',
    TRADE_NOT_FOUND: '该工种不存在，请刷新后重新选择',
    COMPETITION_CODE_TAKEN: '该大赛代码已被使用，请换一个',
    COMPETITION_NOT_FOUND: '该大赛不存在，请刷新后重试',
    RETENTION_NOT_OVER:
      '该大赛成绩公布未满保存期限（或尚有项目未公布），暂不能清除职工的身份证号和手机',

    // Contests: settings and stages
    CONTEST_NOT_FOUND: '该竞赛项目不存在，请刷新后重试',
    CONTEST_TRADE_TAKEN: '本届大赛已设有该工种的竞赛项目',
    CONTEST_NOT_EDITABLE: '只有“草稿”阶段才能修改评分方案、称号规则等设置，当前已不能修改',
    STALE_VERSION: '该竞赛项目刚被他人修改过，请刷新后重新操作',
    SAME_STATUS: '竞赛项目已处于该阶段',
    INVALID_TRANSITION: '竞赛项目不能从当前阶段直接转到所选阶段，请按顺序逐步推进',
    USE_RESULTS_PUBLISH: '请在成绩页面选择一次成绩计算并公示',
    USE_RESULTS_FINALIZE: '请在公示期结束后，到成绩页面确定最终成绩',

    // Scoring scheme (parts and criteria)
    SCHEME_INVALID: '评分方案有误，请按提示修改',
    PARTS_INVALID: '评分方案须有 1 至 5 个考核部分',
    PART_INVALID: '考核部分填写有误，请检查',
    CRITERIA_INVALID: '每个考核部分须有 1 至 50 个评分项',
    CRITERION_INVALID: '评分项填写有误，请检查',
    KEY_INVALID: '代码须以小写字母开头，只能含小写字母、数字和下划线，最多 32 个字符',
    DUPLICATE_PART_KEY: '考核部分的代码重复，请改成不同的代码',
    DUPLICATE_CRITERION_KEY: '评分项的代码重复（整个方案内不能相同），请改成不同的代码',
    NAME_REQUIRED: '请填写名称',
    NAME_TOO_LONG: '名称过长，请检查是否只填写了名称，并适当缩短',
    WEIGHT_INVALID: '权重须大于 0，最多两位小数',
    WEIGHTS_NOT_100: '各考核部分的权重相加须等于 100',
    MAX_POINTS_INVALID: '满分须大于 0（评分项不超过 1000 分），最多两位小数',
    PART_MAX_MISMATCH: '该部分的满分与其评分项满分之和不一致，请改为合计值或留空',
    PASS_MARK_INVALID: '及格线按百分制填写，为 0 至 100、最多两位小数，不设及格线请留空',
    KIND_INVALID: '评分项类型须为“测量”或“评价”',
    METHOD_INVALID: '请选择多名裁判分数的合成方式（平均、去掉最高最低后平均、中位数或单人/合议）',
    TOLERANCE_INVALID: '允许分差有误：评价项填 0 至 3 的整数，测量项填 0 至该项满分、最多两位小数',
    CARRIED_PART_INVALID: '“带入成绩”只能选择是或否',
    CARRIED_PART_HAS_CRITERIA:
      '带入成绩的部分取选拔赛公示总分，由系统带入、裁判不评分，不能设评分项',
    CARRIED_PART_FIRST_ROUND:
      '只有第二轮及以后（如决赛）才能带入选拔赛成绩，第一轮没有可带入的成绩',
    CARRIED_PART_TOO_MANY: '评分方案最多只能有一个带入成绩的部分',
    CARRIED_PART_ALONE: '除带入成绩的部分外，评分方案还须有至少一个由裁判评分的部分',

    // Title policy
    TITLE_POLICY_INVALID: '称号规则有误，请按提示修改',
    POLICY_INVALID: '称号规则填写有误，请检查',
    RUNGS_INVALID: '称号最多设置四档',
    RUNG_INVALID: '称号档次填写有误，请检查',
    RUNG_KIND_INVALID: '每档称号只能选“按名次”或“按比例”其中一种',
    TITLE_INVALID: '请选择称号：技术状元、技术标兵、技术能手或优秀选手',
    DUPLICATE_TITLE: '每个称号只能设置一档',
    TITLE_ORDER: '称号须按技术状元、技术标兵、技术能手、优秀选手的顺序排列',
    RANK_INVALID: '名次须为 1 或以上的整数',
    RANK_RANGE_INVALID: '结束名次不能小于起始名次',
    RANGE_AFTER_PERCENT: '“按名次”的称号须排在“按比例”的称号之前',
    RUNG_OVERLAP: '与上一档称号的名次重叠，请从上一档结束名次的下一名开始',
    RUNG_GAP: '与上一档称号之间有名次没有称号，请从上一档结束名次的下一名开始',
    PERCENT_INVALID: '百分比须大于 0、不超过 100，最多两位小数',
    PERCENT_NOT_INCREASING: '按比例设置时，每一档的百分比须大于上一档',
    ROUNDING_INVALID: '请选择取整方式：向下取整、向上取整或四舍五入',
    MIN_TOTAL_INVALID: '最低总分须为 0 至 100，最多两位小数',
    REQUIRE_ALL_PARTS_PASSED_INVALID: '请选择是否要求各部分均须及格',
    TIE_POLICY_INVALID: '请选择名次并列跨档时的处理方式',

    // Tie-break chain
    TIE_BREAK_INVALID: '并列名次的区分规则有误，请按提示修改',
    TIE_BREAKS_INVALID: '并列名次的区分条件最多设置 5 条',
    ORDER_INVALID: '请选择排序方向：高者优先或低者优先',
    DUPLICATE_TIE_BREAK: '区分条件重复，请删除重复的一条',
    UNKNOWN_PART: '没有这个考核部分，请刷新后重新选择',
    UNKNOWN_CRITERION: '没有这个评分项，请刷新后重新选择',

    // Advancement rule (晋级规则)
    ADVANCEMENT_RULE_INVALID: '晋级规则有误，请按提示修改',
    ADVANCEMENT_MODE_INVALID:
      '请选择晋级方式：各选拔赛前几名、各单位名额、总排名前几名或总排名前百分之几',
    ADVANCEMENT_N_INVALID: '晋级人数须为 1 至 10000 的整数，且只在按名次晋级时填写',
    ADVANCEMENT_PERCENT_INVALID:
      '晋级比例须大于 0、不超过 100，最多两位小数，且只在按比例晋级时填写',
    ADVANCEMENT_QUOTAS_INVALID:
      '单位名额有误：每个单位的名额须为 0 至 10000 的整数，合计至少 1 个，且只在按单位名额晋级时填写',
    ADVANCEMENT_QUOTA_UNIT_DUPLICATE: '同一单位设置了两次名额，请合并为一条',
    ADVANCEMENT_QUOTA_UNIT_UNKNOWN: '没有这个单位，请刷新后重新选择',
    ADVANCEMENT_QUOTA_UNITS_NESTED:
      '该单位的上级单位已有名额，上级单位的名额已包含下属单位，请只保留其中一条',
    ADVANCEMENT_POOL_INVALID:
      '请选择单位未用完的名额如何处理：由其余最高分递补，或空缺；只在按单位名额晋级时填写',
    ADVANCEMENT_MIN_TOTAL_INVALID: '晋级最低总分须为 0 至 100，最多两位小数',
    ADVANCEMENT_TIES_AT_CUT_INVALID:
      '请选择最后一个名额出现完全并列时的处理方式：全部晋级或全部不晋级',
    ADVANCEMENT_CONFIRM_BY_INVALID: '确认截止时间有误，请填写一个尚未到来的日期和时间',
    FEEDERS_INVALID: '选拔赛设置有误：须为本届大赛同一工种、轮次更早的其他竞赛项目，请按提示修改',
    FEEDER_NOT_PUBLISHED: '还有选拔赛的成绩尚未公示，公示后才能生成晋级名单',
    ADVANCEMENT_NOT_CONFIGURED: '该竞赛项目尚未设置选拔赛和晋级规则，请先设置',
    ADVANCEMENT_NOT_FOUND: '该竞赛项目还没有晋级名单',
    ADVANCEMENT_CLOSED: '决赛已进入评分或之后的阶段，晋级名单不能再改变决赛选手',
    ADVANCEMENT_ENTRY_NOT_FOUND: '该报名不在任何晋级名单上',
    ADVANCEMENT_LIST_STALE:
      '最新的晋级名单与报名数据不一致（如选手记录已合并），请重新计算晋级名单后再生成决赛名单',
    ADVANCEMENT_NOT_ADVANCED: '该选手在最新的晋级名单上不是晋级状态，不能弃权或确认',
    ADVANCEMENT_ALREADY_DECLINED: '该选手已经弃权，不能重复弃权',
    ADVANCEMENT_ALREADY_CONFIRMED: '该选手已经确认参赛，不能重复确认',
    HOST_UNIT_NOT_FOUND: '承办单位不存在，请刷新后重新选择',
    // Hosted contests (docs/security.md)
    HOSTED_CONTEST_ROUND: '单位联络员只能承办初赛（第一轮）',
    HOST_UNIT_OUT_OF_SCOPE: '只能由本单位或下级单位承办，请选择承办单位',
    JUDGE_UNIT_OUT_OF_SCOPE: '只能选用或新建本单位（承办单位）及下级单位的裁判账号',
    USER_ROLE_NOT_ALLOWED: '单位联络员只能新建裁判账号',

    // Grants (专项资金, docs/statistics.md)
    GRANTS_INVALID: '专项资金表有误，未做任何修改，请按每行的提示修改后重新保存',
    GRANT_AMOUNT_INVALID: '金额不是有效的数字，请填写以元为单位的金额，如 12345.60',
    GRANT_AMOUNT_NEGATIVE: '金额不能为负数',
    GRANT_AMOUNT_PRECISION: '金额最多保留两位小数（精确到分）',
    GRANT_AMOUNT_TOO_LARGE: '单个单位的专项资金不能超过 10,000,000.00 元',
    GRANT_NOT_FOUND: '该单位在本次竞赛中没有专项资金',
    GRANT_REPORTED: '该单位已报告资金使用情况，不能从专项资金表中删除',
    GRANT_UNIT_DUPLICATE: '同一单位在表中出现了多次，请合并为一行',
    GRANT_UNIT_UNKNOWN: '单位不存在，请刷新后重新选择',
    GRANT_USED_OVER_AMOUNT: '已使用金额不能超过拨付的专项资金',

    // Registrations
    REGISTRATION_CLOSED: '该竞赛项目当前不在报名阶段，不能报名',
    SELF_REGISTRATION_NOT_OFFERED: '该竞赛项目不接受职工自主报名，请通过本单位工会报名',
    PHONE_REQUIRED: '请填写手机号，单位联络员审核时会与您联系',
    REGISTRATION_EXISTS: '该职工已报名此竞赛项目，无需重复报名',
    REGISTRATION_NOT_FOUND: '该报名不存在，请刷新后重试',
    REGISTRATION_OTHER_TRADE: '该职工已报名本届大赛的其他工种，每人限报一个工种',
    REGISTRATION_SAME_ROUND: '该职工已报名本工种同一轮次的另一场比赛，每轮限报一场',
    REGISTRATION_REJECTED: '该职工的报名已被组织方驳回，如有疑问请联系组织方',
    REGISTRATION_DECISION_FORBIDDEN:
      '只有组织方可以审核报名；单位联络员可以审核本单位职工的自主报名（转入申请除外），或撤回报名',
    REGISTRATION_LOCKED: '该竞赛项目已过报名和评分阶段，报名不能再更改',
    REGISTRATION_SCORING_STARTED: '评分已经开始，报名只能撤回，不能再审核或更改',
    REGISTRATION_STATUS_INVALID: '报名不能改回“待审核”',
    REGISTRATION_TRANSITION_INVALID: '该报名当前的状态不能改为所选状态，请刷新后查看',
    REJECT_REASON_REQUIRED: '请填写驳回理由',
    DECISION_TARGET_REQUIRED: '请先选择要处理的报名',
    TRANSFER_ALREADY_ENTERED: '这是一条转入申请，而该职工已由原单位报名本工种：请先驳回其中一条',
    UNIT_OUT_OF_SCOPE: '只能报名和查看本单位及下级单位的职工',
    COORDINATOR_WITHOUT_UNIT: '您的账号还没有设置所属单位，请联系组织方设置',

    // A worker's details (registration form and roster rows)
    ID_NUMBER_EMPTY: '身份证号为空，请按身份证原样填写 18 位号码',
    ID_NUMBER_SCIENTIFIC:
      '身份证号被存成了数字格式，后几位已经丢失。请将身份证号列设置为“文本”格式后重新录入',
    ID_NUMBER_STORED_AS_NUMBER:
      '身份证号被存成了数字格式，后几位已经丢失。请将身份证号列设置为“文本”格式后重新录入',
    ID_NUMBER_15_DIGIT: '这是旧的 15 位身份证号，请填写现用的 18 位号码',
    ID_NUMBER_LENGTH: '身份证号应为 18 位，请按身份证原样填写',
    ID_NUMBER_FORMAT: '身份证号应为 17 位数字加 1 位数字或 X，不能有空格或其他字符',
    ID_NUMBER_REGION: '身份证号前两位不是有效的省份代码，请对照身份证核对',
    ID_NUMBER_BIRTH_DATE: '身份证号中的出生日期（第 7 至 14 位）不正确，请对照身份证核对',
    ID_NUMBER_CHECK_DIGIT: '身份证号校验不通过，有数字录入错误，请对照身份证逐位核对',
    NAME_EMPTY: '姓名为空，请按身份证填写职工姓名',
    NAME_INVALID: '姓名只能包含文字、字母、空格、间隔号（·）、连字符和撇号，不能含数字',
    GENDER_INVALID: '性别请填写“男”或“女”，或留空由身份证号自动判断',
    GENDER_MISMATCH: '性别与身份证号不符，请核对，或留空由身份证号自动判断',
    PHONE_INVALID: '电话号码格式不正确，请填写 11 位手机号或带区号的固定电话（如 0418-1234567）',

    // Roster (报名表) uploads
    ROSTER_FILE_REQUIRED: '请选择要上传的报名表',
    ROSTER_NOT_MULTIPART: '上传方式不正确，请在页面上重新选择报名表上传',
    ROSTER_FORMAT_UNSUPPORTED: '只能上传 Excel 工作簿（.xlsx）或 CSV 文件',
    ROSTER_TOO_LARGE: '报名表文件过大，请只保留报名工作表，或拆分为多个文件分批上传',
    ROSTER_EMPTY: '上传的报名表是空文件，请检查后重新上传',
    ROSTER_XLS_UNSUPPORTED:
      '不支持旧版 Excel（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 后再上传',
    ROSTER_UNSUPPORTED_FORMAT:
      '不支持该表格格式（如 .ods），请另存为 Excel 工作簿（.xlsx）后再上传',
    ROSTER_UNREADABLE: '无法读取该报名表，请确认是完好的 Excel（.xlsx）或 CSV 文件后重新上传',
    ROSTER_NO_HEADER: '没有找到表头：表头须有姓名列和身份证号列，建议下载报名表模板填写',
    ROSTER_DUPLICATE_COLUMN: '表头中有两列表示同一内容，请删除或改名其中一列',
    ROSTER_TOO_MANY_ROWS: '报名表行数过多，请拆分为多个文件分批上传',
    ROSTER_MISSING_COLUMN: '报名表缺少“单位”或“单位代码”列，请补上后重新上传',
    ROSTER_DUPLICATE_ROW: '名单中有相同的身份证号，每名职工只填写一行',
    ROSTER_IMPORT_NOT_FOUND: '该次名册导入不存在，请刷新后重试',
    ROSTER_IMPORT_CONTENT_GONE: '该报名表文件已不在服务器上，请重新上传',
    ROSTER_IMPORT_UPLOADER_INACTIVE: '上传该报名表的账号已停用，请重新上传',
    ROSTER_IMPORT_CRASHED: '报名表导入意外中断，请重新上传；如再次失败，请联系系统管理员',

    // The draw
    DRAW_REGISTRATION_OPEN: '报名尚未截止，请先将竞赛项目转入“评分中”阶段再抽签',
    DRAW_TOO_LATE: '该竞赛项目已过评分阶段，不能再抽签',
    DRAW_SCORING_STARTED: '评分已经开始，不能再抽签',
    DRAW_ALREADY_DONE: '已经抽过签；如需重新抽签，请点击“重新抽签”',
    DRAW_PENDING_REGISTRATIONS: '还有待审核的报名，请全部审核后再抽签',
    DRAW_NOTHING_TO_DRAW: '还没有审核通过的报名，无法抽签',

    // Judges
    NOT_A_JUDGE_OF_CONTEST: '您不是该竞赛项目的裁判',
    NOT_CHIEF_JUDGE: '只有该竞赛项目的裁判长可以进行此操作',
    NOT_ORGANIZER_OR_CHIEF: '只有组织方和该竞赛项目的裁判长可以查看',
    JUDGING_LOCKED: '该竞赛项目已过评分阶段，裁判安排不能再更改',
    JUDGE_USER_INVALID: '所选账号不能担任裁判（不存在、不是裁判账号或已停用），请重新选择',
    JUDGE_ALREADY_ASSIGNED: '该裁判已在本竞赛项目中',
    JUDGE_NOT_FOUND: '该账号不是本竞赛项目的裁判，请刷新后重试',
    JUDGE_HAS_SCORES: '该裁判已录入分数，不能移出本竞赛项目',
    JUDGE_CONFLICT_OF_INTEREST:
      '该裁判所在单位（或下级单位）有职工参赛：请将回避方式选为“回避本单位选手”后再指派',
    CONFLICT_TARGET_REQUIRED: '请指明需要回避的职工和裁判',

    // Scores
    SCORING_NOT_OPEN: '现在还不能录入分数：竞赛项目须处于“评分中”阶段并已完成抽签',
    SCORE_NOT_ASSIGNED: '该裁判没有被安排评这个评分项',
    SCORE_CONFLICT_OF_INTEREST: '该裁判须回避这名选手（本单位职工或已声明回避），不能为其评分',
    SCORE_NOT_YOURS: '只有裁判长可以修改其他裁判的分数',
    SCORE_CONFIRMED:
      '该分数已由裁判长确认，不能再修改；如需更正，请联系裁判长（须由裁判长填写理由后修改）',
    CORRECTION_REASON_REQUIRED: '更正他人的分数或已确认的分数，须填写理由',
    CORRECTION_NEEDS_OBJECTION:
      '评分已结束：只有赛务组织者受理（支持）该选手的申诉后，或组织者重新开启评分后，才能更正分数',
    SCORE_FILE_CODES_ONLY:
      '裁判只能按加密号导入成绩；含身份证号或姓名的成绩文件须由赛务组织者（考务）导入',
    SCORE_DUPLICATE_ENTRY: '同一选手的同一评分项填写了两次，请删去重复的一条',
    SCORE_UNKNOWN_CODE: '没有这个加密号，请核对后重新填写',
    SCORE_UNKNOWN_CRITERION: '没有这个评分项，请刷新后重试',
    SCORE_NOT_PRESENT: '该选手已标记为缺考或取消资格，无需评分',
    SCORE_NOT_A_NUMBER: '分数须为数字，例如 12.5',
    SCORE_OUT_OF_RANGE: '分数超出该评分项的分值范围，请核对后重新填写',
    SCORE_TOO_PRECISE: '分数最多保留两位小数',
    SCORE_MARK_INVALID: '评价项只能填 0、1、2、3 档',
    SCORE_NOT_READY:
      '这些分数还不能确认：可能有裁判未评分、裁判之间分差过大或裁判人数不足，请先处理',
    CONFIRM_OWN_SCORE: '您评过或录入过其中的分数，须由另一位裁判长确认',

    // Score sheet (成绩表) uploads
    SCORE_IMPORT_CRITERION_REQUIRED: '请选择该成绩表对应的评分项',
    SCORE_IMPORT_JUDGE_REQUIRED: '该评分项有多位裁判，请选择这些分数是哪位裁判评的',
    SCORE_FILE_REQUIRED: '请选择要上传的成绩表',
    SCORE_FILE_NOT_MULTIPART: '上传方式不正确，请在页面上重新选择成绩表上传',
    SCORE_FILE_FORMAT_UNSUPPORTED: '只能上传 Excel 工作簿（.xlsx）或 CSV 文件',
    SCORE_FILE_TOO_LARGE: '成绩表文件过大，请只保留成绩工作表，或拆分为多个文件分批上传',
    SCORE_FILE_EMPTY: '上传的成绩表是空文件，请检查后重新上传',
    SCORE_FILE_XLS_UNSUPPORTED:
      '不支持旧版 Excel（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 后再上传',
    SCORE_FILE_UNSUPPORTED_FORMAT:
      '不支持该表格格式（如 .ods），请另存为 Excel 工作簿（.xlsx）后再上传',
    SCORE_FILE_UNREADABLE: '无法读取该成绩表，请确认是完好的 Excel（.xlsx）或 CSV 文件后重新上传',
    SCORE_FILE_NO_HEADER: '没有找到表头：表头须有成绩列，以及加密号列或身份证号列',
    SCORE_FILE_DUPLICATE_COLUMN: '表头中有两列表示同一内容，请删除或改名其中一列',
    SCORE_FILE_TOO_MANY_ROWS: '成绩表行数过多，请拆分为多个文件分批上传',
    SCORE_FILE_CONTESTANT_REQUIRED: '请填写选手的加密号或身份证号',
    SCORE_FILE_DUPLICATE_ROW: '同一选手出现了两次，请只保留一行',
    SCORE_FILE_CODE_ID_MISMATCH: '加密号和身份证号不是同一名选手，请核对',
    SCORE_FILE_NAME_MISMATCH: '姓名与身份证号不符，请核对',

    // Question bank (题库) imports
    QUESTION_NOT_FOUND: '该题目不存在',
    QUESTION_FILE_REQUIRED: '请选择要上传的题库文件',
    QUESTION_FILE_NOT_MULTIPART: '上传方式不正确，请在页面上重新选择题库文件上传',
    QUESTION_FILE_FORMAT_UNSUPPORTED: '只能上传 Excel 工作簿（.xlsx）或 CSV 文件',
    QUESTION_FILE_TOO_LARGE: '题库文件过大，请拆分为多个文件分批上传',
    QUESTION_FILE_EMPTY: '上传的题库文件是空文件，请检查后重新上传',
    QUESTION_FILE_XLS_UNSUPPORTED:
      '不支持旧版 Excel（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 后再上传',
    QUESTION_FILE_UNSUPPORTED_FORMAT:
      '不支持该表格格式（如 .ods），请另存为 Excel 工作簿（.xlsx）后再上传',
    QUESTION_FILE_UNREADABLE:
      '无法读取该题库文件，请确认是完好的 Excel（.xlsx）或 CSV 文件后重新上传',
    QUESTION_FILE_NO_HEADER: '没有找到表头：表头须有题目编号、题干和答案列，请使用题库模板',
    QUESTION_FILE_DUPLICATE_COLUMN: '表头中有两列表示同一内容，请删除或改名其中一列',
    QUESTION_FILE_TOO_MANY_ROWS: '题库文件行数过多，请拆分为多个文件分批上传',
    QUESTION_CODE_REQUIRED: '请填写题目编号',
    QUESTION_CODE_TOO_LONG: '题目编号过长，最多40个字符',
    QUESTION_CODE_DUPLICATE: '同一文件中题目编号重复，每个编号只能使用一次',
    QUESTION_TYPE_INVALID: '题型无效，请填写单选、多选、判断或填空',
    QUESTION_STEM_REQUIRED: '请填写题干',
    QUESTION_STEM_TOO_LONG: '题干过长，最多2000个字符',
    QUESTION_OPTIONS_INVALID: '选项有误，请按题型填写选项',
    QUESTION_ANSWER_INVALID: '答案有误，请按题型填写答案',
    QUESTION_AREA_REQUIRED: '请填写知识领域',
    QUESTION_DIFFICULTY_INVALID: '难度须为1至5的整数',
    SCORE_UNKNOWN_WORKER: '没有审核通过的选手使用这个身份证号，请核对',

    // Results, publication and objections
    RESULTS_WRONG_STAGE: '只有在“评分中”“成绩审核”或“公示中”阶段才能计算成绩',
    RESULTS_NOT_DRAWN: '还没有抽签（或抽签因新通过的报名已作废），请先抽签',
    RESULTS_NOT_READY: '还有分数未录入、未确认或需要处理，全部由裁判长确认后才能计算成绩',
    CARRIED_TOTAL_MISSING:
      '有选手没有可带入的选拔赛成绩（不是通过晋级名单进入的）：请先执行晋级名单生成报名，或撤销、标记缺考这些选手后再计算',
    RESULTS_COMPUTE_CRASHED: '成绩计算意外中断，请重新计算；如再次失败，请联系系统管理员',
    RESULT_RUN_NOT_FOUND: '该次成绩计算不存在，请刷新后重试',
    RESULT_RUN_NOT_DONE: '该次成绩计算尚未完成或已失败，只能公示已完成的计算',
    RESULT_RUN_OUTDATED: '计算之后分数或报名有了变化，请重新计算成绩，再公示新的结果',
    RESULTS_PUBLISH_WRONG_STAGE: '请先在竞赛项目页将竞赛项目转入“成绩审核”阶段，再公示成绩',
    RESULTS_NOT_PUBLISHED: '该竞赛项目的成绩尚未公示',
    PUBLICATION_WINDOW_OPEN: '公示期尚未结束，结束后才能确定最终成绩',
    OBJECTIONS_OPEN: '还有未答复的申诉，请先在“申诉处理”中全部答复，再确定最终成绩',
    OBJECTION_WINDOW_CLOSED: '公示期已结束，不再受理申诉；如有疑问，请直接联系组委会',
    OBJECTION_NOT_FOUND: '该申诉不存在，请刷新后重试',
    OBJECTION_ALREADY_OPEN: '您对该成绩已有一条申诉正在处理，请等待答复后再提出新的申诉',
    OBJECTION_ALREADY_DECIDED: '该申诉已经答复过了，请刷新后查看答复',
    CONTESTANT_NOT_FOUND:
      '没有查到该姓名和身份证号的已公布成绩。请核对姓名（与报名时一致）和 18 位身份证号；如成绩尚未公布，请稍后再查',

    // Certificates
    CERTIFICATES_NOT_PUBLISHED: '成绩公示后才能颁发证书，请先公示成绩',
    CERTIFICATE_NOT_FOUND: '没有找到该证书，请核对证书编号或查验码',
    CERTIFICATE_GLYPH_MISSING:
      '证书字体缺少姓名或单位中的个别字，无法生成证书，请联系系统管理员更换字体',
  },
  en: {
    // Shown on every page: permissions, sign-in, validation
    FORBIDDEN: 'You are not allowed to do this',
    NOT_FOUND: 'Not found; reload and try again',
    VALIDATION_FAILED: 'Some fields are not valid; correct them as shown',
    INVALID_CREDENTIALS: 'Wrong username or password',
    TOKEN_MISSING: 'Please sign in first',
    TOKEN_INVALID: 'Your session is no longer valid; sign in again',
    TOKEN_EXPIRED: 'Your session has expired; sign in again',
    TOKEN_REVOKED: 'You were signed out or your password was changed; sign in again',
    ROLE_NOT_ALLOWED: 'Your account may not do this',
    STALE_SCORE: 'Someone else just changed this score; reload and enter it again',

    // The framework and the server itself
    BAD_REQUEST: 'The request was not understood; reload the page and try again',
    UNAUTHENTICATED: 'Please sign in first',
    CONFLICT: 'Someone else changed this; reload the page and try again',
    METHOD_NOT_ALLOWED: 'This action is not supported; reload the page and try again',
    NOT_ACCEPTABLE: 'The server cannot answer in the form asked for; reload the page and try again',
    PAYLOAD_TOO_LARGE: 'What you sent is too large; send less, or send it in parts',
    UNSUPPORTED_MEDIA_TYPE:
      'This kind of content is not accepted; send it in the form the page asks for',
    UNPROCESSABLE: 'This cannot be done right now; check what you entered and try again',
    TOO_MANY_REQUESTS: 'Too many requests; wait a minute and try again',
    SERVICE_UNAVAILABLE: 'The service is unavailable for the moment; try again shortly',
    INVALID_JSON: 'The data sent was malformed; reload the page and try again',
    INVALID_ID: 'This link is wrong; open the page again from the menu',
    IF_MATCH_INVALID:
      'The page holds a wrong version of this record; reload the page and try again',
    DATABASE_BUSY: 'The system is busy; wait a moment and try again',
    INTERNAL_ERROR:
      'Something went wrong on the server; try again later, and if it persists, contact the administrator',
    QUEUE_UNAVAILABLE:
      'The background task service is unavailable, so nothing was done; try again shortly, and if it persists, contact the administrator',
    JOB_NOT_FOUND:
      'This background task no longer exists (it may have expired); reload to see the result',
    NOTHING_TO_UPDATE: 'There are no changes to save',

    // Sign-in and throttling
    TOO_MANY_LOGIN_ATTEMPTS: 'Too many sign-in attempts; wait a minute and try again',
    LOGIN_DELAYED: 'Too many wrong passwords for this account; wait a moment and try again',
    CURRENT_PASSWORD_WRONG: 'The current password is wrong',
    PASSWORD_UNCHANGED: 'The new password must differ from the current one',
    TOO_MANY_LOOKUPS: 'Too many look-ups; wait a minute and try again',
    TOO_MANY_UPLOADS: 'Too many uploads; wait a minute and try again',

    // Accounts, units, trades, competitions
    USERNAME_TAKEN: 'This user name is already taken; choose another',
    USER_NOT_FOUND: 'This account does not exist; reload and try again',
    CANNOT_DEACTIVATE_SELF: 'You cannot deactivate your own account; ask another organizer',
    SCORING_INCOMPLETE:
      'Some scores are missing, to be re-marked or unconfirmed: scoring closes once all are confirmed',
    RESET_OWN_PASSWORD:
      'Change your own password under “Change password” (it asks for the current one)',
    UNIT_REQUIRED: 'Enter or choose the unit',
    UNIT_NOT_ALLOWED: 'An organizer account belongs to no unit; leave the unit empty',
    UNIT_NOT_FOUND: 'This unit does not exist; reload and choose again',
    UNIT_CODE_TAKEN: 'This unit code is already used; choose another',
    PARENT_UNIT_NOT_FOUND: 'The chosen parent unit does not exist; reload and choose again',
    UNIT_TREE_TOO_DEEP: 'Units are nested too deep; choose a higher unit as the parent',
    UNIT_UNKNOWN: 'No such unit; enter the exact unit name or the unit code',
    UNIT_AMBIGUOUS: 'Several units have this name; enter the unit code instead',
    UNIT_CODE_NAME_MISMATCH: 'The unit code and the unit name do not match; check them',
    TRADE_CODE_TAKEN: 'This trade code is already in the catalogue; choose another',
    TRADE_NOT_FOUND: 'This trade does not exist; reload and choose again',
    COMPETITION_CODE_TAKEN: 'This competition code is already used; choose another',
    COMPETITION_NOT_FOUND: 'This competition does not exist; reload and try again',
    RETENTION_NOT_OVER:
      'The retention period after this competition’s results were published is not over (or a contest is unpublished): its workers’ ID numbers and phones cannot be erased yet',

    // Contests: settings and stages
    CONTEST_NOT_FOUND: 'This contest does not exist; reload and try again',
    CONTEST_TRADE_TAKEN: 'The competition already has a contest for this trade',
    CONTEST_NOT_EDITABLE:
      'The scoring scheme, title rules and other settings can change only while the contest is a draft',
    STALE_VERSION: 'Someone else just changed this contest; reload and do it again',
    SAME_STATUS: 'The contest is already at this stage',
    INVALID_TRANSITION: 'The contest cannot go straight to that stage; move it one stage at a time',
    USE_RESULTS_PUBLISH: 'Publish results on the results page, by choosing a computation',
    USE_RESULTS_FINALIZE:
      'Make the results final on the results page once the publication period is over',

    // Scoring scheme (parts and criteria)
    SCHEME_INVALID: 'The scoring scheme has mistakes; correct them as shown',
    PARTS_INVALID: 'A scoring scheme needs 1 to 5 parts',
    PART_INVALID: 'A part is not filled in correctly; check it',
    CRITERIA_INVALID: 'Each part needs 1 to 50 criteria',
    CRITERION_INVALID: 'A criterion is not filled in correctly; check it',
    KEY_INVALID:
      'A key starts with a lower-case letter and holds only a–z, 0–9 and _, at most 32 characters',
    DUPLICATE_PART_KEY: 'Two parts have the same key; give each its own',
    DUPLICATE_CRITERION_KEY:
      'Two criteria have the same key (keys are unique across the scheme); give each its own',
    NAME_REQUIRED: 'Enter a name',
    NAME_TOO_LONG: 'The name is too long; check that only the name was entered, and shorten it',
    WEIGHT_INVALID: 'A weight must be more than 0, with at most 2 decimal places',
    WEIGHTS_NOT_100: 'The weights of the parts must add up to 100',
    MAX_POINTS_INVALID:
      'A maximum must be more than 0 (at most 1000 for a criterion), with at most 2 decimal places',
    PART_MAX_MISMATCH:
      "The part's maximum is not the sum of its criteria's maximums; enter the sum or leave it empty",
    PASS_MARK_INVALID:
      'A pass mark is out of 100, from 0 to 100 with at most 2 decimal places; leave it empty for none',
    KIND_INVALID: 'A criterion is either a measurement or a judgement',
    METHOD_INVALID:
      "Choose how several judges' scores are combined (mean, trimmed mean, median or single judge)",
    TOLERANCE_INVALID:
      "The tolerance is wrong: a whole mark 0–3 for a judgement, or 0 to the criterion's maximum (2 decimals) for a measurement",
    CARRIED_PART_INVALID: '"Carried" is either yes or no',
    CARRIED_PART_HAS_CRITERIA:
      "A carried part takes the finalist's published preliminary total and judges never score it: it has no criteria",
    CARRIED_PART_FIRST_ROUND:
      'Only a later round (such as the final) carries a preliminary total in; a first round has none to carry',
    CARRIED_PART_TOO_MANY: 'A scoring scheme may have only one carried part',
    CARRIED_PART_ALONE:
      'Besides the carried part, a scoring scheme needs at least one part that judges score',

    // Title policy
    TITLE_POLICY_INVALID: 'The title rules have mistakes; correct them as shown',
    POLICY_INVALID: 'The title rules are not filled in correctly; check them',
    RUNGS_INVALID: 'There can be at most four title rungs',
    RUNG_INVALID: 'A title rung is not filled in correctly; check it',
    RUNG_KIND_INVALID: 'A title rung is either a rank range or a percentage, not both',
    TITLE_INVALID: 'Choose a title: champion, pacesetter, expert or excellent contestant',
    DUPLICATE_TITLE: 'Each title can have only one rung',
    TITLE_ORDER: 'List the titles in order: champion, pacesetter, expert, excellent contestant',
    RANK_INVALID: 'A rank is a whole number of 1 or more',
    RANK_RANGE_INVALID: 'The last rank cannot be before the first rank',
    RANGE_AFTER_PERCENT: 'Rank-range rungs must come before percentage rungs',
    RUNG_OVERLAP: 'These ranks overlap the rung above; start right after its last rank',
    RUNG_GAP:
      'Some ranks between this rung and the one above get no title; start right after its last rank',
    PERCENT_INVALID:
      'A percentage must be more than 0 and at most 100, with at most 2 decimal places',
    PERCENT_NOT_INCREASING: 'Each percentage rung must be larger than the rung above',
    ROUNDING_INVALID: 'Choose the rounding: down, up or half up',
    MIN_TOTAL_INVALID: 'The minimum total must be from 0 to 100, with at most 2 decimal places',
    REQUIRE_ALL_PARTS_PASSED_INVALID: 'Choose whether every part must be passed',
    TIE_POLICY_INVALID: 'Choose what happens when contestants tie across a title boundary',

    // Tie-break chain
    TIE_BREAK_INVALID: 'The tie-break rules have mistakes; correct them as shown',
    TIE_BREAKS_INVALID: 'There can be at most 5 tie-break rules',
    ORDER_INVALID: 'Choose the order: higher first or lower first',
    DUPLICATE_TIE_BREAK: 'This tie-break rule repeats another; remove it',
    UNKNOWN_PART: 'No such part; reload and choose again',
    UNKNOWN_CRITERION: 'No such criterion; reload and choose again',

    // Advancement rule
    ADVANCEMENT_RULE_INVALID: 'The advancement rule has mistakes; correct them as shown',
    ADVANCEMENT_MODE_INVALID:
      'Choose how entrants advance: the top of each feeder, quotas per unit, the top overall or a percentage overall',
    ADVANCEMENT_N_INVALID:
      'The number of places must be a whole number from 1 to 10000, and is set only when advancing by places',
    ADVANCEMENT_PERCENT_INVALID:
      'The percentage must be more than 0 and at most 100, with at most 2 decimal places, and is set only when advancing by percentage',
    ADVANCEMENT_QUOTAS_INVALID:
      'The unit quotas have mistakes: each is a whole number from 0 to 10000, together at least 1, and they are set only when advancing by unit quotas',
    ADVANCEMENT_QUOTA_UNIT_DUPLICATE: 'This unit has two quotas; merge them into one',
    ADVANCEMENT_QUOTA_UNIT_UNKNOWN: 'There is no such unit; refresh the page and choose again',
    ADVANCEMENT_QUOTA_UNITS_NESTED:
      'A unit above this one has its own quota, which already counts the units below it; keep only one of them',
    ADVANCEMENT_POOL_INVALID:
      "Choose what happens to a unit's unused places: refilled from the best remaining, or left empty; set only with unit quotas",
    ADVANCEMENT_MIN_TOTAL_INVALID:
      'The minimum total for advancing must be from 0 to 100, with at most 2 decimal places',
    ADVANCEMENT_TIES_AT_CUT_INVALID:
      'Choose what happens when a full tie reaches past the last place: all of them advance, or none',
    ADVANCEMENT_CONFIRM_BY_INVALID:
      'The confirmation deadline is wrong; give a date and time still to come',
    FEEDERS_INVALID:
      'The feeders are wrong: they must be other contests of this competition, of the same trade and an earlier round',
    FEEDER_NOT_PUBLISHED:
      'A feeder’s results are not published yet; the advancement list can be made once they are',
    ADVANCEMENT_NOT_CONFIGURED: 'Set this contest’s feeders and advancement rule first',
    ADVANCEMENT_NOT_FOUND: 'This contest has no advancement list yet',
    ADVANCEMENT_CLOSED:
      'The final is scoring or past it; the advancement list no longer changes its finalists',
    ADVANCEMENT_ENTRY_NOT_FOUND: 'This registration is on no advancement list',
    ADVANCEMENT_LIST_STALE:
      'The latest advancement list no longer matches the registrations (e.g. merged workers); compute it again, then apply it',
    ADVANCEMENT_NOT_ADVANCED:
      'This entrant is not advanced on the latest list, so cannot decline or confirm',
    ADVANCEMENT_ALREADY_DECLINED: 'This entrant has already declined',
    ADVANCEMENT_ALREADY_CONFIRMED: 'This entrant has already confirmed',
    HOST_UNIT_NOT_FOUND: 'The host unit does not exist; reload and choose again',
    // Hosted contests (docs/security.md)
    HOSTED_CONTEST_ROUND: 'A unit coordinator may host only a first-round (preliminary) contest',
    HOST_UNIT_OUT_OF_SCOPE:
      'The host unit must be your unit or a unit below it; choose a host unit',
    JUDGE_UNIT_OUT_OF_SCOPE:
      'Only judge accounts of the host unit (or your unit) and the units below it may be used or created',
    USER_ROLE_NOT_ALLOWED: 'A unit coordinator may create judge accounts only',

    // Grants (docs/statistics.md)
    GRANTS_INVALID:
      'The grants table has problems and nothing was changed; fix each row as shown and save again',
    GRANT_AMOUNT_INVALID: 'The amount is not a number; enter yuan, e.g. 12345.60',
    GRANT_AMOUNT_NEGATIVE: 'An amount cannot be negative',
    GRANT_AMOUNT_PRECISION: 'Amounts have at most 2 decimals (fen)',
    GRANT_AMOUNT_TOO_LARGE: "One unit's grant cannot exceed 10,000,000.00 yuan",
    GRANT_NOT_FOUND: 'This unit has no grant in this competition',
    GRANT_REPORTED: 'This unit has reported its use of the grant; its grant cannot be removed',
    GRANT_UNIT_DUPLICATE: 'The same unit is listed more than once; keep one row per unit',
    GRANT_UNIT_UNKNOWN: 'The unit does not exist; reload and choose again',
    GRANT_USED_OVER_AMOUNT: 'The amount used cannot be more than the grant',

    // Registrations
    REGISTRATION_CLOSED: 'This contest is not taking registrations now',
    SELF_REGISTRATION_NOT_OFFERED:
      "This contest does not take self-registrations; register through your unit's union",
    PHONE_REQUIRED: 'Enter your phone number: your unit coordinator may call you about your entry',
    REGISTRATION_EXISTS: 'This worker is already registered in this contest',
    REGISTRATION_NOT_FOUND: 'This registration does not exist; reload and try again',
    REGISTRATION_OTHER_TRADE:
      'This worker is already registered in another trade of this competition; a worker may enter one trade',
    REGISTRATION_SAME_ROUND:
      'This worker is already registered in another contest of the same trade and round; a worker enters one contest per round',
    REGISTRATION_REJECTED:
      "The organizer rejected this worker's registration; contact the organizer with any questions",
    REGISTRATION_DECISION_FORBIDDEN:
      "Only organizers approve or reject registrations; a unit coordinator decides on their workers' self-registrations (not transfer requests) and can withdraw entries",
    REGISTRATION_LOCKED:
      'This contest is past registration and scoring; registrations can no longer change',
    REGISTRATION_SCORING_STARTED: 'Scoring has started; registrations can only be withdrawn now',
    REGISTRATION_STATUS_INVALID: 'A registration cannot go back to pending',
    REGISTRATION_TRANSITION_INVALID:
      'This registration cannot change to that status; reload to see where it stands',
    REJECT_REASON_REQUIRED: 'Give the reason for rejecting',
    DECISION_TARGET_REQUIRED: 'Select the registrations to decide on first',
    TRANSFER_ALREADY_ENTERED:
      'This transfer request is for a worker their own unit already entered in this trade: reject one of the two first',
    UNIT_OUT_OF_SCOPE: 'You can register and see only workers of your unit and the units below it',
    COORDINATOR_WITHOUT_UNIT: 'Your account has no unit yet; ask the organizer to set it',

    // A worker's details (registration form and roster rows)
    ID_NUMBER_EMPTY: 'The ID number is empty; enter the 18 characters exactly as on the ID card',
    ID_NUMBER_SCIENTIFIC:
      'The ID number was stored as a number and lost its last digits; format the column as text and enter the numbers again',
    ID_NUMBER_STORED_AS_NUMBER:
      'The ID number was stored as a number and lost its last digits; format the column as text and enter the numbers again',
    ID_NUMBER_15_DIGIT: 'This is an old 15-digit ID number; enter the current 18-character number',
    ID_NUMBER_LENGTH: 'An ID number has 18 characters; enter it exactly as on the ID card',
    ID_NUMBER_FORMAT:
      'An ID number is 17 digits followed by a digit or X, with no spaces or other characters',
    ID_NUMBER_REGION:
      'The first two digits of the ID number are not a province code; check it against the ID card',
    ID_NUMBER_BIRTH_DATE:
      'The birth date in the ID number (digits 7–14) is not valid; check it against the ID card',
    ID_NUMBER_CHECK_DIGIT:
      'The ID number fails its check, so a digit is wrong; check it against the ID card',
    NAME_EMPTY: "The name is empty; enter the worker's name as on the ID card",
    NAME_INVALID:
      'A name may hold only letters, Chinese characters, spaces, the middle dot (·), hyphens and apostrophes, and no digits',
    GENDER_INVALID:
      'Enter 男 or 女 for the gender, or leave it empty to take it from the ID number',
    GENDER_MISMATCH: 'The gender does not match the ID number; check it, or leave it empty',
    PHONE_INVALID:
      'Enter an 11-digit mobile number, or a landline with its area code (e.g. 0418-1234567)',

    // Roster uploads
    ROSTER_FILE_REQUIRED: 'Choose the roster file to upload',
    ROSTER_NOT_MULTIPART:
      'The upload was not sent properly; choose the roster file again on the page',
    ROSTER_FORMAT_UNSUPPORTED: 'Upload an Excel workbook (.xlsx) or a CSV file',
    ROSTER_TOO_LARGE:
      'The roster file is too large; keep only the roster sheet, or split it into several files',
    ROSTER_EMPTY: 'The roster file is empty; check it and upload again',
    ROSTER_XLS_UNSUPPORTED:
      'Old Excel (.xls) files are not read; save it as .xlsx in Excel or WPS and upload again',
    ROSTER_UNSUPPORTED_FORMAT:
      'This spreadsheet format (e.g. .ods) is not read; save it as .xlsx and upload again',
    ROSTER_UNREADABLE:
      'The roster cannot be read; check that it is an intact .xlsx or CSV file and upload again',
    ROSTER_NO_HEADER:
      'No header row found: it needs a name column and an ID number column; the roster template has them',
    ROSTER_DUPLICATE_COLUMN: 'Two header columns mean the same thing; delete or rename one of them',
    ROSTER_TOO_MANY_ROWS: 'The roster has too many rows; split it into several files',
    ROSTER_MISSING_COLUMN: 'The roster has no unit or unit code column; add one and upload again',
    ROSTER_DUPLICATE_ROW: 'The same ID number is on two rows; list each worker once',
    ROSTER_IMPORT_NOT_FOUND: 'This roster import does not exist; reload and try again',
    ROSTER_IMPORT_CONTENT_GONE: 'The roster file is no longer kept on the server; upload it again',
    ROSTER_IMPORT_UPLOADER_INACTIVE:
      'The account that uploaded this roster is deactivated; upload it again',
    ROSTER_IMPORT_CRASHED:
      'The roster import stopped unexpectedly; upload it again, and if it fails again, contact the administrator',

    // The draw
    DRAW_REGISTRATION_OPEN:
      'Registration is still open; move the contest to scoring first, then draw',
    DRAW_TOO_LATE: 'This contest is past scoring; the draw can no longer run',
    DRAW_SCORING_STARTED: 'Scoring has started; the draw can no longer change',
    DRAW_ALREADY_DONE: 'The draw has already run; choose "draw again" to redo it',
    DRAW_PENDING_REGISTRATIONS:
      'Some registrations are still pending; approve or reject them before the draw',
    DRAW_NOTHING_TO_DRAW: 'No registration is approved yet, so there is nothing to draw',

    // Judges
    NOT_A_JUDGE_OF_CONTEST: 'You are not a judge of this contest',
    NOT_CHIEF_JUDGE: 'Only a chief judge of this contest can do this',
    NOT_ORGANIZER_OR_CHIEF: 'Only organizers and the chief judges of this contest can see this',
    JUDGING_LOCKED: 'This contest is past scoring; its judges can no longer change',
    JUDGE_USER_INVALID:
      'This account cannot be a judge (it does not exist, is not a judge account, or is deactivated); choose another',
    JUDGE_ALREADY_ASSIGNED: 'This judge is already on this contest',
    JUDGE_NOT_FOUND: 'This account is not a judge of this contest; reload and try again',
    JUDGE_HAS_SCORES: 'This judge has entered scores and cannot be removed from the contest',
    JUDGE_CONFLICT_OF_INTEREST:
      "Workers of this judge's unit (or a unit below it) are in the contest; choose to keep the judge off those workers, then assign",
    CONFLICT_TARGET_REQUIRED: 'Name the worker and the judge who must stand aside',

    // Scores
    SCORING_NOT_OPEN:
      'Scores cannot be entered yet: the contest must be in scoring, with the draw done',
    SCORE_NOT_ASSIGNED: 'This judge is not assigned to this criterion',
    SCORE_CONFLICT_OF_INTEREST:
      'This judge must stand aside for this contestant (own unit, or a declared conflict)',
    SCORE_NOT_YOURS: "Only a chief judge can change another judge's score",
    SCORE_CONFIRMED:
      'This score is confirmed and can no longer change; ask a chief judge if it needs a correction (they correct it with a reason)',
    CORRECTION_REASON_REQUIRED:
      "Correcting someone else's score or a confirmed score needs a reason",
    CORRECTION_NEEDS_OBJECTION:
      "Scoring has closed: a score is corrected only after the organizer upholds this contestant's objection, or reopens scoring",
    SCORE_FILE_CODES_ONLY:
      'Judges import scores by blind code only; files with ID numbers or names are imported by the organizers (exam office)',
    SCORE_DUPLICATE_ENTRY: 'The same contestant and criterion were entered twice; remove one',
    SCORE_UNKNOWN_CODE: 'No contestant has this blind code; check it and enter it again',
    SCORE_UNKNOWN_CRITERION: 'No such criterion; reload and try again',
    SCORE_NOT_PRESENT:
      'This contestant is marked absent or disqualified; there is nothing to score',
    SCORE_NOT_A_NUMBER: 'A score must be a number, e.g. 12.5',
    SCORE_OUT_OF_RANGE: "The score is outside the criterion's range; check it and enter it again",
    SCORE_TOO_PRECISE: 'A score can have at most 2 decimal places',
    SCORE_MARK_INVALID: 'A judgement mark is a whole mark: 0, 1, 2 or 3',
    SCORE_NOT_READY:
      'These scores cannot be confirmed yet: a judge has not scored, the judges differ too much, or there are too few judges',
    CONFIRM_OWN_SCORE:
      'You gave or entered one of these scores; another chief judge must confirm them',

    // Question bank imports
    QUESTION_NOT_FOUND: 'This question does not exist',
    QUESTION_FILE_REQUIRED: 'Choose the question bank file to upload',
    QUESTION_FILE_NOT_MULTIPART:
      'The upload was not sent properly; choose the question bank file again on the page',
    QUESTION_FILE_FORMAT_UNSUPPORTED: 'Upload an Excel workbook (.xlsx) or a CSV file',
    QUESTION_FILE_TOO_LARGE: 'The question bank file is too large; split it into several files',
    QUESTION_FILE_EMPTY: 'The question bank file is empty; check it and upload again',
    QUESTION_FILE_XLS_UNSUPPORTED:
      'Old Excel (.xls) files are not read; save it as .xlsx in Excel or WPS and upload again',
    QUESTION_FILE_UNSUPPORTED_FORMAT:
      'This spreadsheet format (e.g. .ods) is not read; save it as .xlsx and upload again',
    QUESTION_FILE_UNREADABLE:
      'The question bank file cannot be read; check that it is an intact .xlsx or CSV file and upload again',
    QUESTION_FILE_NO_HEADER:
      'No header row found: it needs a question code, a stem and an answer column; use the template',
    QUESTION_FILE_DUPLICATE_COLUMN:
      'Two header columns mean the same thing; delete or rename one of them',
    QUESTION_FILE_TOO_MANY_ROWS:
      'The question bank file has too many rows; split it into several files',
    QUESTION_CODE_REQUIRED: 'Enter the question code',
    QUESTION_CODE_TOO_LONG: 'The question code is too long; at most 40 characters',
    QUESTION_CODE_DUPLICATE: 'The question code is used twice in the file; use each code once',
    QUESTION_TYPE_INVALID: 'Unknown question type; write single, multiple, true/false or blank',
    QUESTION_STEM_REQUIRED: 'Enter the question stem',
    QUESTION_STEM_TOO_LONG: 'The stem is too long; at most 2000 characters',
    QUESTION_OPTIONS_INVALID: 'The options do not fit the question type',
    QUESTION_ANSWER_INVALID: 'The answer does not fit the question type or its options',
    QUESTION_AREA_REQUIRED: 'Enter the knowledge area',
    QUESTION_DIFFICULTY_INVALID: 'The difficulty is a whole number from 1 to 5',

    // Score sheet uploads
    SCORE_IMPORT_CRITERION_REQUIRED: 'Choose the criterion this score sheet is for',
    SCORE_IMPORT_JUDGE_REQUIRED:
      'Several judges score this criterion; choose whose scores these are',
    SCORE_FILE_REQUIRED: 'Choose the score sheet to upload',
    SCORE_FILE_NOT_MULTIPART:
      'The upload was not sent properly; choose the score sheet again on the page',
    SCORE_FILE_FORMAT_UNSUPPORTED: 'Upload an Excel workbook (.xlsx) or a CSV file',
    SCORE_FILE_TOO_LARGE:
      'The score sheet is too large; keep only the score sheet, or split it into several files',
    SCORE_FILE_EMPTY: 'The score sheet is empty; check it and upload again',
    SCORE_FILE_XLS_UNSUPPORTED:
      'Old Excel (.xls) files are not read; save it as .xlsx in Excel or WPS and upload again',
    SCORE_FILE_UNSUPPORTED_FORMAT:
      'This spreadsheet format (e.g. .ods) is not read; save it as .xlsx and upload again',
    SCORE_FILE_UNREADABLE:
      'The score sheet cannot be read; check that it is an intact .xlsx or CSV file and upload again',
    SCORE_FILE_NO_HEADER:
      'No header row found: it needs a score column, and a blind code or ID number column',
    SCORE_FILE_DUPLICATE_COLUMN:
      'Two header columns mean the same thing; delete or rename one of them',
    SCORE_FILE_TOO_MANY_ROWS: 'The score sheet has too many rows; split it into several files',
    SCORE_FILE_CONTESTANT_REQUIRED: "Enter the contestant's blind code or ID number",
    SCORE_FILE_DUPLICATE_ROW: 'The same contestant is on two rows; keep one',
    SCORE_FILE_CODE_ID_MISMATCH:
      'The blind code and the ID number are different contestants; check them',
    SCORE_FILE_NAME_MISMATCH: 'The name does not match the ID number; check them',
    SCORE_UNKNOWN_WORKER: 'No approved contestant has this ID number; check it',

    // Results, publication and objections
    RESULTS_WRONG_STAGE:
      'Results can be computed only while the contest is in scoring, review or publication',
    RESULTS_NOT_DRAWN: 'The draw has not run (or a late approval undid it); run the draw first',
    RESULTS_NOT_READY:
      'Some scores are missing, unconfirmed or need attention; the chief judge must confirm them all first',
    CARRIED_TOTAL_MISSING:
      'Some contestants have no preliminary total to carry in (they did not come through advancement): apply the advancement list, or withdraw them or mark them absent, then compute again',
    RESULTS_COMPUTE_CRASHED:
      'The computation stopped unexpectedly; compute again, and if it fails again, contact the administrator',
    RESULT_RUN_NOT_FOUND: 'This computation does not exist; reload and try again',
    RESULT_RUN_NOT_DONE:
      'This computation has not finished or has failed; only a finished one can be published',
    RESULT_RUN_OUTDATED:
      'Scores or registrations changed after this computation; compute again and publish the new results',
    RESULTS_PUBLISH_WRONG_STAGE:
      'Move the contest to review first (on the contest page), then publish the results',
    RESULTS_NOT_PUBLISHED: "This contest's results are not published yet",
    PUBLICATION_WINDOW_OPEN:
      'The publication period is not over yet; results can be made final after it ends',
    OBJECTIONS_OPEN:
      'Some objections are still open; answer them all under "Objections" before the results become final',
    OBJECTION_WINDOW_CLOSED:
      'The publication period is over and objections are no longer taken; contact the organizers directly if in doubt',
    OBJECTION_NOT_FOUND: 'This objection does not exist; reload and try again',
    OBJECTION_ALREADY_OPEN:
      'An objection of yours to this result is already open; wait for its answer before lodging another',
    OBJECTION_ALREADY_DECIDED: 'This objection has already been decided; reload to see the answer',
    CONTESTANT_NOT_FOUND:
      'No published result matches this name and ID number. Check the name (as registered) and the 18-character ID number; if results are not published yet, try again later',

    // Certificates
    CERTIFICATES_NOT_PUBLISHED:
      'Certificates are issued after the results are published; publish them first',
    CERTIFICATE_NOT_FOUND: 'No certificate found; check the serial number or verification code',
    CERTIFICATE_GLYPH_MISSING:
      'The certificate font lacks a character of the name or unit, so it cannot be made; ask the administrator to change the font',
  },
};
