using Campaign.Domain.Opinions;
using Campaign.Domain.Problems;
using Campaign.Domain.Units;

namespace Campaign.Domain.Testing.Generation;

/// <summary>
/// The Chinese text material of the generator, drawn from the campaign's published documents (four-winds
/// manifestations, the focus lists, Sichuan's ledgers, measures and opinion channels). Every string here is a literal,
/// so it is interned and shared by all records that use it.
/// </summary>
internal static class Templates
{
    public static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
        "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈",
    ];

    public static readonly string[] GivenNames =
    [
        "建国", "明", "红", "强", "平", "芳", "志刚", "秀英", "海燕", "伟", "敏", "静", "丽", "军", "勇", "磊", "洋", "艳", "杰", "娟",
        "涛", "超", "霞", "鹏", "华", "玉兰", "桂英", "国强", "卫东", "建华", "文明", "春生", "红梅", "晓东", "德胜", "振华", "永刚",
        "保国", "金凤", "淑珍", "立新", "宏伟", "长青", "学军", "爱民", "利民", "新华", "向阳", "树林", "秋菊",
    ];

    public static readonly string[] Prefectures =
    [
        "江州", "云阳", "青川", "临河", "安平", "南川", "北山", "东湖", "西岭", "长丰", "永宁", "清源", "白水", "金山", "石门", "丰乐",
    ];

    public static readonly string[] PlaceFirst =
    [
        "平", "安", "清", "长", "永", "新", "兴", "龙", "凤", "河", "山", "石", "云", "青", "白", "黄", "金", "玉", "柳", "桃",
        "梅", "松", "竹", "桥", "沙", "泉", "溪", "湖", "东", "西", "南", "北", "中", "高", "大", "小",
    ];

    public static readonly string[] PlaceSecond =
    [
        "阳", "和", "丰", "宁", "乐", "昌", "源", "林", "塘", "坪", "坝", "口", "岗", "店", "集", "寨", "湾", "港", "桥", "庄",
        "城", "田", "川", "岭", "冈", "台", "营", "堡", "圩", "滩", "洲", "渡", "埠", "坡", "峪", "屯",
    ];

    public static readonly string[] VillageMiddle = ["家", "王", "庄", "楼", "营", "圩", "庙", "湾", "坡", "岗", "店", "河"];

    /// <summary>County-level organs: name suffix and kind.</summary>
    public static readonly (string Suffix, UnitKind Kind, UnitLevel? Level)[] CountyOrgans =
    [
        ("发展和改革委员会", UnitKind.DirectlyAffiliated, null),
        ("财政局", UnitKind.DirectlyAffiliated, null),
        ("公安局", UnitKind.LawEnforcementOrWindow, null),
        ("市场监督管理局", UnitKind.LawEnforcementOrWindow, null),
        ("政务服务中心", UnitKind.LawEnforcementOrWindow, null),
        ("人民医院", UnitKind.ServiceIndustry, null),
        ("第一高级中学", UnitKind.SchoolOrKindergarten, null),
        ("产业集聚区", UnitKind.IndustrialCluster, UnitLevel.Township),
        ("城市建设投资有限公司", UnitKind.StateOwnedEnterprise, null),
        ("农村信用合作联社", UnitKind.EnterpriseOrInstitution, null),
        ("个体私营企业协会", UnitKind.SocialOrganisation, null),
    ];

    /// <summary>Prefecture-level organs.</summary>
    public static readonly (string Suffix, UnitKind Kind)[] PrefectureOrgans =
    [
        ("市发展和改革委员会", UnitKind.DirectlyAffiliated),
        ("市公安局", UnitKind.LawEnforcementOrWindow),
        ("市行政服务中心", UnitKind.LawEnforcementOrWindow),
        ("市中心医院", UnitKind.ServiceIndustry),
        ("学院", UnitKind.University),
        ("市交通投资集团有限公司", UnitKind.StateOwnedEnterprise),
    ];

    /// <summary>Four-winds manifestations (section 1.5a) with the proposed wind tags.</summary>
    public static readonly (string Text, FourWind[] Winds)[] FourWinds =
    [
        ("会风文风转变不实,会议多、文件长", [FourWind.Formalism]),
        ("搞\"形象工程\"、\"政绩工程\"", [FourWind.Formalism]),
        ("弄虚作假,上报数据不实", [FourWind.Formalism]),
        ("工作落实虚、作风虚浮", [FourWind.Formalism]),
        ("重安排轻指导,督促检查流于形式", [FourWind.Formalism, FourWind.Bureaucratism]),
        ("检查评比过多,基层迎检负担重", [FourWind.Formalism]),
        ("党建工作临时应付、装点门面", [FourWind.Formalism]),
        ("门难进、脸难看、事难办", [FourWind.Bureaucratism]),
        ("推诿扯皮,群众办事多次往返", [FourWind.Bureaucratism]),
        ("不作为、慢作为,群众诉求回应不及时", [FourWind.Bureaucratism]),
        ("\"中梗阻\"、\"衙门作风\"", [FourWind.Bureaucratism]),
        ("不关心群众冷暖,下基层调研少", [FourWind.Bureaucratism]),
        ("工作方式简单粗暴", [FourWind.Bureaucratism]),
        ("吃拿卡要,办事设卡", [FourWind.Bureaucratism]),
        ("决策不民主,个人说了算", [FourWind.Bureaucratism]),
        ("联系群众、调查研究不深入", [FourWind.Bureaucratism]),
        ("庸懒散拖,上班时间迟到早退", [FourWind.Hedonism, FourWind.Bureaucratism]),
        ("干事创业劲头不足,存在看摊守业思想", [FourWind.Hedonism]),
        ("艰苦奋斗精神弱化", [FourWind.Hedonism, FourWind.Extravagance]),
        ("干部\"走读\",夜间办公室无人值守", [FourWind.Hedonism]),
        ("工作日午间饮酒", [FourWind.Hedonism]),
        ("参与赌博娱乐活动", [FourWind.Hedonism]),
        ("公款吃喝,公务接待超标准", [FourWind.Extravagance]),
        ("收受红包礼金和购物卡", [FourWind.Extravagance]),
        ("公车私用", [FourWind.Extravagance]),
        ("办公用房超标准", [FourWind.Extravagance]),
        ("节日期间用公款购买礼品", [FourWind.Extravagance]),
    ];

    public static readonly string[] Work =
    [
        "分管的招商引资任务完成不理想", "重点项目建设进度滞后", "辖区经济发展速度不快", "集体经济收入薄弱", "信息化建设滞后",
        "业务培训开展不够", "档案管理不规范", "年度目标任务完成不理想", "安全生产监管存在薄弱环节", "财政收入增长乏力",
    ];

    /// <summary>Ledger entries of livelihood demands (民生诉求, as in Sichuan's ledgers) and mass-interest areas.</summary>
    public static readonly string[] MassInterest =
    [
        "村内道路年久失修,雨天出行困难", "群众饮水安全没有保障", "农田灌溉渠道淤塞", "困难群众住房漏雨", "小区路灯损坏长期无人维修",
        "垃圾清运不及时,环境脏乱差", "学生上学路途远", "医保报销手续繁琐", "征地补偿款发放迟缓", "安置房建设进度慢",
        "农村电网改造滞后", "集市占道经营,交通拥堵", "老旧小区排水不畅", "留守老人照料无人负责", "河道污染治理不力",
    ];

    public static readonly string[] Malpractice =
    [
        "优亲厚友,低保指标分配不公", "乱收费、乱罚款、乱摊派", "惠民政策落实缩水走样", "拖欠群众工程款", "克扣群众补贴",
        "办事不公开不透明不公平", "项目建设中侵占集体财产",
    ];

    public static readonly string[] OrganisationalLaxity =
    [
        "组织生活不经常,\"三会一课\"落实不到位", "党员发展不规范", "班子不团结,凝聚力不强", "纪律松弛,值班制度形同虚设",
        "党员作用发挥不够", "组织软弱涣散,战斗力不强",
    ];

    public static readonly string[] Other =
    [
        "宗旨意识有所淡化", "群众观念不够牢固", "对新形势下群众工作研究不够", "联系服务群众不够经常", "学习贯彻上级精神不及时",
    ];

    /// <summary>Generic texts copied word for word by many owners (照搬照用, rule SUP-006).</summary>
    public static readonly string[] Boilerplate =
    [
        "理论学习不够深入,学用结合不紧", "宗旨意识淡化,群众观念不强", "联系群众不够紧密", "创新意识不强,工作标准不高",
        "批评与自我批评开展不够", "调查研究不够深入", "工作作风不够扎实", "廉洁自律意识有待加强",
    ];

    public static readonly string[] Opinions =
    [
        "会议太多,文件太长", "办证窗口工作人员态度生硬,一件事要跑好几趟", "低保评定不公开,群众不知道评定标准", "村里道路坏了好几年没人管",
        "干部下村少,有事找不到人", "办事要托关系", "村务公开不及时", "征地补偿标准不透明", "希望多办实事,少搞形式", "检查太多,基层疲于应付",
        "服务窗口中午不上班", "垃圾清运不及时,环境脏乱差", "吃水难问题希望尽快解决", "希望增加路灯", "收费项目不公开",
        "村干部经常不在村里", "惠民补贴发放不及时", "希望简化办事手续", "公车私用现象仍然存在", "节假日还有吃请现象",
    ];

    public static readonly string[] PersonalOpinions =
    [
        "该同志下基层调研次数少,群众反映见不到人", "该同志工作作风简单粗暴", "该同志经常迟到早退", "该同志办事不公,优亲厚友",
        "该同志接待群众态度冷淡", "该同志决策独断,听不进不同意见", "该同志分管工作推进缓慢", "该同志有公车私用现象",
    ];

    public static readonly string[] Channels =
    [
        OpinionChannel.HomeVisit, OpinionChannel.Forum, OpinionChannel.Questionnaire, OpinionChannel.Hotline, OpinionChannel.LettersAndVisits,
        OpinionChannel.SolicitationLetter, OpinionChannel.OnlinePlatform, OpinionChannel.Interview, "民意快线", "意见箱",
    ];

    /// <summary>Concrete measures; "{0}" takes a small number.</summary>
    public static readonly string[] ConcreteMeasures =
    [
        "建立班子成员每月下基层不少于{0}天的调研制度,调研情况公示", "推行首问负责制和一次性告知制度,公开办事流程",
        "制定会议精简办法,每次会议时间不超过{0}小时", "修缮村内道路{0}公里,雨季前完工", "实行指纹打卡考勤,每月通报考勤结果",
        "设立村务公开栏,每季度公开财务收支", "清理规范收费项目{0}项,收费标准上墙公示", "召开低保评议会,重新核定低保对象{0}户",
        "新建饮水工程一处,解决{0}户群众吃水问题", "安装路灯{0}盏并明确专人维护", "建立公务接待清单制度,严禁超标准接待",
        "清退超标办公用房{0}间", "封存公务用车{0}辆,建立派车登记制度", "每周二开展党员固定活动日,建立三会一课台账",
        "开通便民服务热线,承诺{0}个工作日内答复", "足额发放拖欠工程款{0}万元", "窗口增设导办员{0}名,实行延时服务",
        "疏浚灌溉渠道{0}公里", "组织专题民主生活会,班子成员逐一开展批评与自我批评", "聘请{0}名群众监督员,每月评议干部作风",
    ];

    public static readonly int[] MeasureNumbers = [2, 3, 4, 5, 6, 8, 10, 12, 15, 20];

    /// <summary>Measures made only of stock phrases, or almost (rule SUP-005); the last has five concrete characters.</summary>
    public static readonly string[] VagueMeasures =
    [
        "进一步提高认识,切实加强学习", "加强学习", "认真整改,坚决杜绝", "高度重视,抓好落实", "深刻反思,严格要求自己",
        "今后注意改进工作作风", "积极主动,全面整改", "确保整改落实到位", "认真整改到位并公示",
    ];

    /// <summary>A measure that keeps exactly six concrete characters: the SUP-005 boundary that is not flagged.</summary>
    public const string SixConcreteCharsMeasure = "切实加强学习,建立台账制度";

    public static readonly string[] DocumentReferences =
    [
        "〔2014〕{0}号文件", "整改工作专题会议纪要第{0}期", "整改前后对比照片{0}张", "实地查看记录第{0}号", "群众签字确认书{0}份",
    ];
}
