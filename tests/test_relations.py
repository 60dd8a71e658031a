"""Relations, as specifications: short real sentences in, exact triples out."""


def test_post_chain_of_zone_committees_leads_the_zone_with_the_post_as_written(extract):
    triples = extract("7月28日，平顶山高新区举行重点项目集中观摩活动，区党工委书记孙国权，区党工委副书记、管委会主任韩玉科参加活动。")
    assert ("孙国权", "leads", "平顶山高新区", "党工委书记") in triples
    assert ("韩玉科", "leads", "平顶山高新区", "党工委副书记、管委会主任") in triples


def test_post_in_a_named_body_leads_that_body_and_the_zone_post_leads_the_zone(extract):
    triples = extract("清远高新区党工委委员、两委办主任李振兴表示，成立协会有利于促进和谐劳动关系。")
    assert ("李振兴", "leads", "清远高新区", "党工委委员") in triples
    assert ("李振兴", "leads", "清远高新区两委办", "主任") in triples
    assert ("清远高新区两委办", "partOf", "清远高新区", "") in triples


def test_posts_of_city_bodies_do_not_lead_the_zone(extract):
    triples = extract("清远高新区举行招聘会，市政协副主席何泉秀出席。")
    assert not [t for t in triples if t[0] == "何泉秀"]


def test_posts_in_a_ministrys_offices_do_not_lead_anything_of_the_zone(extract):
    assert extract("商务部外资司司长王明率调研组到清远高新区调研。科技部火炬中心综合处处长李强陪同调研。") == set()
    assert extract("中国中小企业国际合作协会温州办事处主任游聚森一行来清远高新区考察。清远高新区将做好服务。") == set()


def test_the_offices_of_a_visitor_leading_a_party_are_the_visitors_not_the_zones(extract):
    assert extract("天长经开区迎来调研组。我院院长李文辉率业务处副处长李强、业务处副科长郑毅等一行四人对天长经开区进行了实地调研。") == set()


def test_posts_of_county_bodies_do_not_lead_a_body_of_the_zone(extract):
    triples = extract("临朐经济开发区管委会主任王海涛，临朐县商务局局长李明远陪同考察。")
    assert ("王海涛", "leads", "临朐经济开发区", "管委会主任") in triples
    assert not [t for t in triples if t[0] == "李明远" or "商务局" in t[0]]


def test_company_post_before_a_name_is_works_for_with_the_post(extract):
    triples = extract("清远高新区营商环境持续优化。“之所以选择落户清远高新区，主要是因为营商环境。”聚石化学董事、副总经理杨正高说。")
    assert ("杨正高", "worksFor", "聚石化学", "董事、副总经理") in triples
    assert ("聚石化学", "locatedIn", "清远高新区", "") in triples
    triples = extract("远航资本管理有限公司董事长助理周立新莅临宜昌经济技术开发区参观。")
    assert ("周立新", "worksFor", "远航资本管理有限公司", "董事长助理") in triples


def test_a_post_in_a_division_of_a_company_is_a_post_at_the_company(extract):
    triples = extract("签约仪式上，厦门宏兴集团冷链产业总裁林立出席。")
    assert ("林立", "worksFor", "厦门宏兴集团", "冷链产业总裁") in triples


def test_a_company_of_a_city_written_under_its_province_where_the_team_travels_is_not_the_zones(extract):
    text = ("12月9日,黄山高新区党工委书记、管委会主任金涛带队赴广东省广州市、深圳市,福建省福州市开展招商活动,"
            "分别拜会了广东省洋葱集团、薪宝科技(广州)有限公司等企业。高新区管委会副主任程涛参加活动。\n"
            "在薪宝科技(广州)有限公司,公司创始人兼CEO刘树兵向金涛一行介绍了企业情况。金涛向企业负责人介绍了黄山高新区的成绩。")
    assert not [t for t in extract(text) if t[1] == "locatedIn" and t[0].startswith("薪宝科技")]


def test_a_company_of_the_other_city_the_article_goes_to_is_not_the_zones(extract):
    text = ("聊城东昌经济开发区与厦门集美区工业园区签订战略合作协议。聊城东昌经济开发区党工委书记王明出席。"
            "双方在厦门宏兴集团举行座谈会。聊城东昌经济开发区将推动产业合作。")
    assert not [t for t in extract(text) if t[0] == "厦门宏兴集团"]
    # Named after a far city alone, the company is the investor that settles in the zone.
    text = ("温县产业集聚区举行项目签约仪式。其中，浙江宏达智能科技有限公司年产30万套装备项目投资10亿元。"
            "温县产业集聚区将做好服务。")
    assert ("浙江宏达智能科技有限公司", "locatedIn", "温县产业集聚区", "") in extract(text)


def test_this_company_refers_to_the_company_named_before(extract):
    triples = extract("这是发生在河南麦昌电力工程有限公司的真实事例。该公司总经理李永超深有感触地说，高新区服务好。")
    assert ("李永超", "worksFor", "河南麦昌电力工程有限公司", "总经理") in triples


def test_company_located_in_the_park_it_is_said_to_be_in(extract):
    triples = extract("1月13日凌晨5时，在位于尼龙新材料产业园区的神鹰化工科技有限公司新厂区内，项目正式投入生产。")
    assert ("神鹰化工科技有限公司", "locatedIn", "尼龙新材料产业园区", "") in triples


def test_every_company_listed_in_a_park_or_in_the_park_referred_to_is_located_there(extract):
    named = extract("龙泉经济开发区MV·产业园加快复工。在MV·产业园内的华腾机械、博远石油等企业，生产正忙。")
    referred = extract("龙泉经济开发区MV·产业园加快复工。同样，在园内的华腾机械、博远石油等企业，生产正忙。")
    expected = {("MV·产业园", "partOf", "龙泉经济开发区", ""),
                ("华腾机械", "locatedIn", "MV·产业园", ""), ("博远石油", "locatedIn", "MV·产业园", "")}
    assert named == expected and referred == expected


def test_park_written_after_its_zone_is_part_of_that_zone(extract):
    assert extract("清远高新区百嘉工业园区广清城际轨道和优美生态环境。") == {("百嘉工业园区", "partOf", "清远高新区", "")}


def test_quoted_work_method_after_a_verb_is_implemented_by_the_zone_of_the_article(extract):
    triples = extract("平顶山高新区持续优化营商环境。该区率先在全市深化“1234工作法”。")
    assert ("平顶山高新区", "implements", "1234工作法", "") in triples


def test_a_title_the_notice_sends_out_is_the_zones_and_one_issued_above_the_zone_is_not(extract):
    sent = extract("滨江高新区深化审批改革。现将《滨江高新区优化营商环境三年行动方案》印发给你们，请认真组织实施。")
    assert ("滨江高新区", "implements", "滨江高新区优化营商环境三年行动方案", "") in sent
    opening = extract("滨江高新区深化审批改革。\n《滨江高新区优化营商环境三年行动方案》已经区管委会研究同意，现印发给你们。")
    assert ("滨江高新区", "implements", "滨江高新区优化营商环境三年行动方案", "") in opening
    above = extract("滨江高新区深化审批改革。对标省政府印发《关于加快开发区转型发展的若干意见》，整合审批流程。")
    assert not any(p == "implements" for _, p, _, _ in above)


def test_a_kind_in_brackets_inside_a_park_name_is_part_of_the_name(extract):
    assert extract("位于宁远新港（物流）工业园区的华腾机械有限公司投产。") == {
        ("华腾机械有限公司", "locatedIn", "宁远新港（物流）工业园区", "")}


def test_a_place_named_park_with_its_own_bureau_is_run_as_the_articles_zone(extract):
    triples = extract("昆山工业园区持续提升政务服务效能。园区行政审批局正式挂牌，率先实现“一枚印章管审批”。")
    assert ("昆山工业园区", "implements", "一枚印章管审批", "") in triples


def test_a_wider_area_before_a_zone_kind_names_no_zone(extract):
    triples = extract("常州高新区持续优化营商环境。该区积极融入苏南国家自主创新示范区高新区一体化发展联盟，深化“放管服”改革。")
    assert triples == {("常州高新区", "implements", "放管服", "")}


def test_quotes_in_a_clause_of_what_a_body_contributes_to_are_goals(extract):
    triples = extract("常州高新区行政审批局持续发力，为高新区推进“三大工程”、擦亮“六张名片”作出积极贡献。")
    assert not any(p == "implements" for _, p, _, _ in triples)


def test_a_through_train_service_is_a_measure(extract):
    assert ("常州高新区", "implements", "星期六审批服务直通车", "") in extract("常州高新区持续开展急郎中服务、星期六审批服务直通车。")


def test_a_company_named_with_a_foreign_country_is_not_the_zones_by_default(extract):
    triples = extract("昆山开发区深化改革。昆山开发区在学习新加坡裕廊集团客户服务经验的基础上，成立一站式服务中心。")
    assert not any(p == "locatedIn" and s == "新加坡裕廊集团" for s, p, _, _ in triples)


def test_a_quote_after_an_area_is_a_figure_and_a_quote_a_zone_pioneers_is_a_measure(extract):
    assert extract("昆山开发区打造278平方公里“亲商沃土”。") == set()
    assert ("昆山开发区", "implements", "授权审批", "") in extract("昆山开发区开创国内“授权审批”先河。")


def test_offices_a_new_area_holds_are_its_own_and_its_own_name_alone_is_the_same_zone(extract):
    triples = extract("海门市滨江新区于2008年成立。滨江新区内设办公室、招商局、企业发展局，均为副科级建制。")
    assert triples == {("滨江新区", "locatedIn", "海门市", ""), ("滨江新区办公室", "partOf", "滨江新区", ""),
                       ("滨江新区招商局", "partOf", "滨江新区", ""), ("滨江新区企业发展局", "partOf", "滨江新区", "")}


def test_every_office_listed_after_one_of_the_zones_is_its_own_however_the_tagger_splits_it(extract):
    triples = extract("临沂经开区重点项目加快推进。8月6日上午,领区办公室、经发局、建设局、督查局、办事处主要负责同志,先后到项目现场调研。")
    assert {s for s, p, o, _ in triples if p == "partOf"} >= {
        "临沂经开区办公室", "临沂经开区经发局", "临沂经开区建设局", "临沂经开区督查局"}


def test_a_zone_in_brackets_after_a_measure_runs_it(extract):
    triples = extract("江苏省开发区体制机制改革实践案例。一、“区街分设、联动发展”管理模式（海门经济技术开发区）\n"
                      "二、“区政合一、一区多园”管理模式（常州高新技术产业开发区）\n三、全员绩效考核制度（相城经济技术开发区）")
    assert {(s, o) for s, p, o, _ in triples if p == "implements"} == {
        ("海门经济技术开发区", "区街分设、联动发展"), ("常州高新技术产业开发区", "区政合一、一区多园"),
        ("相城经济技术开发区", "全员绩效考核制度")}


def test_a_notice_of_appointments_names_who_leads_the_zone_with_the_posts_written_after_them(extract):
    triples = extract("临沂经开区召开干部大会。\n王建国同志任党工委书记；\n李明华同志任管委会主任、党工委副书记；\n"
                      "赵四平、钱五同志任管委会副主任、党工委委员；")
    assert {(s, t) for s, p, _, t in triples if p == "leads"} == {
        ("王建国", "党工委书记"), ("李明华", "管委会主任、党工委副书记"),
        ("赵四平", "管委会副主任、党工委委员"), ("钱五", "管委会副主任、党工委委员")}


def test_posts_given_up_lead_nothing_and_a_post_clause_after_an_appointment_is_taken_up_too(extract):
    triples = extract("会上宣布干部任免决定。刘明远同志任中共滨江经济开发区工委书记，滨江出口加工区管委会主任。"
                      "王建华同志不再担任中共滨江经济开发区工委书记职务。")
    assert {(s, o, t) for s, p, o, t in triples if p == "leads"} == {
        ("刘明远", "滨江经济开发区", "工委书记"), ("刘明远", "滨江出口加工区", "管委会主任")}


def test_a_bay_named_after_a_city_opens_the_zones_name_and_a_park_read_with_the_zones_name_is_the_zone(extract):
    triples = extract("台州湾循环经济产业集聚区管委会召开会议。会上宣读文件，新组建台州湾循环经济产业集聚区管委会。")
    assert triples == {("台州湾循环经济产业集聚区管委会", "partOf", "台州湾循环经济产业集聚区", "")}


def test_an_airport_economy_demonstration_zone_is_a_zone(extract):
    assert extract("今年以来，郑州临空经济示范区推行“办事不出示范区”服务改革。") == {
        ("郑州临空经济示范区", "implements", "办事不出示范区", "")}


def test_the_enterprise_whose_workshop_is_visited_is_a_company_wherever_its_name_is_written_again(extract):
    triples = extract("初冬时节，机械声在大龙开发区厂房车间回荡。笔者走进云岭网布生产车间，看到工人忙碌着。"
                      "2017年7月，云岭网布安家开发区雁归园区，主要从事网布生产。")
    assert ("云岭网布", "locatedIn", "雁归园区", "") in triples


def test_slogans_in_corner_quotes_are_measures_like_those_in_curly_quotes(extract):
    triples = extract("鎮江經開區聚焦行政審批，探索推行「2332」改革。")
    assert ("镇江经开区", "implements", "2332", "") in triples


def test_quoted_slogan_with_head_noun_is_named_without_the_head(extract):
    triples = extract("同时，六大园区与各职能部门强力联动，平顶山高新区建立“园区吹哨，部门报到”工作机制。")
    assert ("平顶山高新区", "implements", "园区吹哨，部门报到", "") in triples


def test_a_quote_described_as_a_way_of_working_is_a_measure_whatever_verb_comes_before(extract):
    triples = extract("张店经济开发区按照“紧盯前沿、沿链聚合”的思路招商，各部门要树牢“服务好本地企业就是招商”的理念。")
    measures = {t[2] for t in triples if t[1] == "implements"}
    assert measures == {"紧盯前沿、沿链聚合", "服务好本地企业就是招商"}
    # Described as a demand, it may be a directive from above.
    assert not extract("张店经济开发区按照“集聚集约三提升”的要求，高标准定位。")


def test_policy_documents_issued_are_implemented(extract):
    triples = extract("清远高新区先后出台了《清远高新区促进产业发展十条措施（修订）》《清远高新区推动科技创新十六条措施》。")
    assert ("清远高新区", "implements", "清远高新区促进产业发展十条措施（修订）", "") in triples
    assert ("清远高新区", "implements", "清远高新区推动科技创新十六条措施", "") in triples
    # White papers, plans and guides the zone issues are documents of the same kind.
    triples = extract("宜昌经济技术开发区出台《产业发展白皮书》，编制《宜昌经济技术开发区国土空间规划》。")
    assert ("宜昌经济技术开发区", "implements", "产业发展白皮书", "") in triples
    assert ("宜昌经济技术开发区", "implements", "宜昌经济技术开发区国土空间规划", "") in triples
    # … and so is a system of policies it publishes.
    triples = extract("翠湖高新区举办企业表彰大会。高新区自2014年开始印发《“2+2”政策体系》，支持产业发展。")
    assert ("翠湖高新区", "implements", "“2+2”政策体系", "") in triples


def test_a_citys_group_working_on_the_zone_is_not_the_zones_body(extract):
    triples = extract("翠湖经济开发区揭牌。市推动翠湖经济开发区改革创新领导小组副组长林海峰汇报情况。")
    assert not [t for t in triples if t[1] in ("leads", "partOf")]


def test_a_post_taken_at_the_same_time_leads_the_zone(extract):
    triples = extract("翠湖经济技术开发区召开大会。南岭区委书记林海峰同时担任翠湖经济技术开发区工委书记。")
    assert ("林海峰", "leads", "翠湖经济技术开发区", "工委书记") in triples


def test_a_body_written_after_its_zones_city_keeps_the_city_in_its_name(extract):
    triples = extract("郑州航空港经济综合实验区管理委员会印发方案，推动企业发展。")
    assert ("郑州航空港经济综合实验区管理委员会", "partOf", "航空港经济综合实验区", "") in triples


def test_an_airport_zone_is_a_zone_and_a_safety_committee_is_a_body(extract):
    assert ("林海峰", "leads", "南岭自贸临空区", "管委会主任") in extract("南岭自贸临空区正式挂牌。南岭自贸临空区管委会主任林海峰出席。")
    triples = extract("翠湖经开区安委会出台了《翠湖经开区化工园区安全管理规定》。")
    assert ("翠湖经开区安委会", "partOf", "翠湖经开区", "") in triples
    assert ("翠湖经开区", "implements", "翠湖经开区化工园区安全管理规定", "") in triples


def test_a_committee_chained_after_a_zone_written_with_its_city_reads_with_the_city(extract):
    triples = extract("2月23日，潍坊翠湖经济开发区工委书记、管委会主任林海峰带队莅临考察。")
    assert ("潍坊翠湖经济开发区管委会", "partOf", "翠湖经济开发区", "") in triples


def test_a_name_found_once_is_that_person_again_after_a_post_read_into_one_word(extract):
    triples = extract("何立群书记到标准厂房考察。10月17日，经开区党工委书记、管委会主任何立群一行来到厂房。")
    assert ("何立群", "leads", "经开区（t.txt）", "党工委书记、管委会主任") in triples


def test_one_character_between_a_name_and_a_post_ends_the_name(extract):
    triples = extract("南岭市翠湖新区管理委员会刘伟新副主任介绍了翠湖新区的情况。")
    assert [t for t in triples if t[0] == "刘伟新" and t[1] == "leads"]


def test_a_port_zone_is_named_after_its_city_and_its_bare_committee_is_the_same_zone(extract):
    triples = extract("近日，嘉兴港区乍浦镇双创工业社区启用。聘请了港区办公室、应急管理局等成员单位的专员，区党工委副书记林海峰出席。")
    assert ("林海峰", "leads", "嘉兴港区", "党工委副书记") in triples


def test_the_committee_of_an_organisation_with_a_quoted_name_is_not_the_zones(extract):
    triples = extract("珠海市“两新”组织党工委书记林海峰到科技园调研，翠湖高新区党委副书记王强一同参加。")
    assert not [t for t in triples if t[0] == "林海峰"]


def test_a_committee_with_a_name_of_its_own_runs_another_zone(extract):
    triples = extract("宝坻经济开发区发展很快。天津市宝坻区政府与中关村管委会签订协议，中关村管委会主任林海峰出席。")
    assert not [t for t in triples if t[1] == "partOf" and "中关村" in t[0]]


def test_a_party_committee_after_a_customs_post_is_the_customs_not_the_zones(extract):
    triples = extract("翠湖经济技术开发区发展很快。郑州海关副关长、党委委员林海峰出席仪式。")
    assert not [t for t in triples if t[1] in ("leads", "partOf")]



def test_quoted_programmes_the_zone_makes_solid_are_its_measures_and_one_zone_many_parks_counts_nothing(extract):
    triples = extract("翠湖高新区召开会议，要求做实“百家企业进高校”“一区多园”等特色亮点。")
    assert ("翠湖高新区", "implements", "百家企业进高校", "") in triples
    assert ("翠湖高新区", "implements", "一区多园", "") in triples


def test_a_quote_described_as_an_industrial_cluster_and_a_wish_for_generic_exchanges_are_no_measures(extract):
    assert not [t for t in extract("翠湖高新区构建了“一区多园”的特色产业集群。") if t[1] == "implements"]
    assert not [t for t in extract("翠湖综保区表示，希望双方建立起常态化沟通交流机制。") if t[1] == "implements"]


def test_quotes_carried_out_after_them_are_measures(extract):
    triples = extract("翠湖高新区优化营商环境。同时，“一窗受理”持续推进，“开办大礼包”“政务服务+直播”等举措相继推出。")
    assert {("翠湖高新区", "implements", m, "") for m in ("一窗受理", "开办大礼包", "政务服务+直播")} <= set(triples)


def test_a_figurative_goal_and_the_names_of_plaques_are_no_measures(extract):
    triples = extract("翠湖经济开发区全力打造营商环境“金字招牌”。市领导为“翠湖经济开发区管理委员会”牌匾揭牌。")
    assert not [t for t in triples if t[1] == "implements"]


def test_generic_administrative_systems_are_no_measures(extract):
    assert not [t for t in extract("翠湖高新区推进行政审批制度实现数字化重塑。") if t[1] == "implements"]


def test_goals_results_and_kinds_of_policy_are_no_measures_and_no_zones(extract):
    triples = extract("翠湖高新区加快发展，用足用好综保区政策。园区紧盯“三年成形、五年成城”建设目标，开创了“新局面”。")
    assert not [t for t in triples if t[1] == "implements" or "综保区" in t[0]]


def test_a_designs_theme_and_a_volunteer_teams_name_are_no_measures(extract):
    triples = extract("翠湖科技园建设方案运用“传承、播种、孵化与成长”一条主线。翠湖高新区成立了6支“企航家”志愿服务队。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_question_of_how_to_set_up_a_mechanism_is_no_measure(extract):
    assert not [t for t in extract("翠湖经开区召开会议，要求深入思考如何建立健全确保“颗粒归仓”的统计、税收机制。") if t[1] == "implements"]


def test_a_direction_of_development_is_no_measure(extract):
    assert not [t for t in extract("翠湖高新区以“先进、智造、专业”为发展方向。") if t[1] == "implements"]


def test_a_quote_described_as_the_zones_important_step_is_a_measure(extract):
    triples = extract("翠湖开发区举行集中开工仪式。此次集中开工的10个项目是翠湖开发区“奋战30天、实现开门红”的重要举措。")
    assert ("翠湖开发区", "implements", "奋战30天、实现开门红", "") in triples


def test_a_system_drawn_up_is_a_measure_and_an_awards_selection_is_none(extract):
    triples = extract("翠湖高新区加快发展。翠湖高新区先后制订了职责清单、负面清单、优秀服务官评选办法、走访信息月报制度等。")
    assert {t for t in triples if t[1] == "implements"} == {("翠湖高新区", "implements", "走访信息月报制度", "")}
    assert not [t for t in extract("翠湖高新区先后制订了“十大优秀服务官”评选办法。") if t[1] == "implements"]


def test_the_old_way_left_behind_and_a_rank_to_reach_are_no_measures(extract):
    triples = extract("清远高新区跳出传统“捡到篮子都是菜”的招商模式，以“全省最优”为目标，推行“一窗通办”服务。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"一窗通办"}
    # … nor are chains and clusters of industries.
    assert not extract("赣州经开区围绕“五大产业链”，全员上阵抓招商。")


def test_a_quoted_way_of_handling_affairs_is_a_service_the_zone_runs(extract):
    triples = extract("清远高新区“马上办”事项占比80%，“一次办”事项占比100%。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"马上办", "一次办"}


def test_a_handling_word_among_other_quoted_things_or_as_the_old_way_names_no_service(extract):
    triples = extract("清远高新区建设“跨部门”“智能办”等场景，变“企业群众办”为“政府帮助办”。")
    assert not [t for t in triples if t[1] == "implements"]

def test_unquoted_named_mechanisms_after_a_verb_are_measures(extract):
    triples = extract("河源国家高新区建立工业服务首问负责制和首席解答专员机制，推行联审联办改革和容缺受理服务。")
    measures = {t[2] for t in triples if t[1] == "implements"}
    assert measures == {"工业服务首问负责制", "首席解答专员机制", "联审联办改革", "容缺受理服务"}


def test_tasks_listed_by_period_before_one_head_are_one_routine(extract):
    assert extract("高新区全力加快项目建设，采取日总结、周复盘、月上报制度，督促工程进度。") == {
        ("高新区（t.txt）", "implements", "日总结、周复盘、月上报制度", "")}
    assert extract("滨海经济技术开发区建立月度调度、季度评估机制，动态跟踪项目进展。") == {
        ("滨海经济技术开发区", "implements", "月度调度、季度评估机制", "")}


def test_a_system_named_right_after_the_zone_is_its_measure_without_a_verb(extract):
    triples = extract("近年来，宜兴经济技术开发区企业联络员制度在推进项目建设方面成效明显，营商环境改革走在全省前列。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"企业联络员制度"}
    # "Innovates its approval mode", reforms of structures in general: no named measure.
    assert not extract("宜兴经济技术开发区创新审批模式助力项目开工，宜兴经济技术开发区体制机制改革取得成效。")


def test_a_new_area_named_after_a_city_is_a_zone_but_a_district_or_a_bare_new_area_is_not(extract):
    triples = extract("作为国家级新区，哈尔滨新区推行“办事不求人”改革。浦东新区推行“一网通办”。")
    assert triples == {("哈尔滨新区", "implements", "办事不求人", "")}


def test_quoted_names_listed_before_a_kind_of_measure_are_measures(extract):
    triples = extract("河源国家高新区把“首问负责”、“限时办结”等工作机制落到实处。")
    assert {(t[0], t[2]) for t in triples if t[1] == "implements"} == {("河源国家高新区", "首问负责"), ("河源国家高新区", "限时办结")}


def test_a_field_of_work_and_a_head_name_no_measure(extract):
    assert not extract("河源国家高新区建立招商机制，推行项目服务和企业服务。")
    assert not [t for t in extract("河源国家高新区建立育才引才机制，打造产业集聚和经济发展平台，实施人才科创计划。")
                if t[1] == "implements"]


def test_performance_reviews_and_services_of_production_and_life_in_general_name_no_measure(extract):
    triples = extract("河源国家高新区健全绩效考核机制，完善生产生活服务，推行首席服务官制度。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"首席服务官制度"}


def test_a_joint_meeting_mechanism_is_named_only_by_what_it_meets_about(extract):
    triples = extract("河源国家高新区建立联席会议机制，推行安全生产联席会议制度。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"安全生产联席会议制度"}

def test_a_verb_of_pushing_or_a_second_verb_before_a_head_names_no_measure(extract):
    triples = extract("河源国家高新区健全工作领导和推进机制，孵化园建成并完善配套服务，建成并推行容缺受理机制。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"容缺受理机制"}
    assert not extract("河源国家高新区全力开展招商引资、土地清理、深化改革等中心工作。")


def test_exemplars_to_become_are_not_measures(extract):
    triples = extract("哈尔滨新区打造一流营商环境“北方样本”，建设“改革高地”，推行“办事不求人”改革。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"办事不求人"}


def test_targets_to_reach_are_not_measures(extract):
    triples = extract("龙泉经济开发区全力抓项目复工，确保实现“开门红”“满堂彩”。龙泉经济开发区推行“拿地即开工”改革。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"拿地即开工"}


def test_honours_in_quotes_are_not_measures(extract):
    triples = extract("清远高新区政务服务中心被评为“县（区）级标杆培育政务服务中心”，并荣获“广东省文明单位”称号。")
    assert not [t for t in triples if t[1] == "implements"]


def test_zone_is_located_in_its_city_and_province_where_the_article_names_them(extract):
    triples = extract("借助被列入广东省开展相对集中行政许可改革试点地区的机遇，清远高新区先行先试，成为清远市的标杆。")
    assert ("清远高新区", "locatedIn", "广东省", "") in triples
    assert ("清远高新区", "locatedIn", "清远市", "") in triples


def test_a_province_before_a_count_of_zones_of_the_kind_is_where_the_zone_is(extract):
    triples = extract("玉溪综合保税区加快发展。今年，玉溪综合保税区进出口总值居云南5个综合保税区首位。")
    assert ("玉溪综合保税区", "locatedIn", "云南", "") in triples
    assert not [t for t in triples if "5个" in t[0] + t[2]]


def test_a_zone_named_with_its_city_is_there_whatever_county_the_rest_sounds_like(extract):
    triples = extract("济南城阳经济开发区举行揭牌仪式。济南城阳经济开发区是济南东部重要的产业平台。")
    assert ("济南城阳经济开发区", "locatedIn", "济南", "") in triples


def test_a_verb_before_a_zone_the_tagger_reads_whole_is_no_part_of_its_name(extract):
    triples = extract("该市继续派出驻企工作组，服务应城经济开发区、城中民营工业园等重点园区企业生产，开发区内的青禾科技产销两旺。")
    assert triples == {("青禾科技", "locatedIn", "应城经济开发区", "")}


def test_a_park_listed_as_a_zones_peer_is_no_part_of_it_anywhere(extract):
    triples = extract("位于应城市赛孚工业园的青禾公司抓紧生产。该市服务应城经济开发区、城中民营工业园、赛孚工业园等重点园区。")
    assert not [t for t in triples if t[1] == "partOf"]


def test_an_organ_and_a_conjunction_before_a_kind_name_no_zone(extract):
    triples = extract("光明新区管委会在市委市政府和新区党工委的正确领导下，坚持创新驱动。")
    assert ("光明新区党工委", "partOf", "光明新区", "") in triples
    assert not [t for t in triples if "政府" in t[2]]


def test_a_city_named_only_in_a_partner_park_or_as_the_enterprises_origin_names_no_local_zone(extract):
    triples = extract("市高新区党工委书记林海峰表示。深圳电子信息产业园已封顶，吸引了17家深圳企业入驻。")
    assert ("林海峰", "leads", "高新区（t.txt）", "党工委书记") in triples


def test_zones_and_parks_inside_an_awarded_title_are_none(extract):
    triples = extract("翠湖高新区被河南省认定为“数字化示范产业集聚区”“河南省信息化和工业化融合试验区”，南岭大数据产业园被确定为河南省18家大数据产业园区之一。")
    assert not [t for t in triples if "集聚区" in t[0] + t[2] or "试验区" in t[2] or t[0] == "大数据产业园区"]


def test_the_zones_city_is_named_by_its_government_or_before_a_word_opening_with_a_division_suffix(extract):
    assert ("湖州经开区", "locatedIn", "湖州市", "") in extract("湖州经开区升格为国家级开发区。湖州市政府赋权湖州经开区审批事项120项。")
    assert ("衢州开发区", "locatedIn", "衢州", "") in extract("衢州开发区举行开工仪式。产业园将结合衢州区域产业发展规划引进企业。")


def test_a_county_named_alone_is_the_home_of_a_park_run_as_its_zone(extract):
    triples = extract("市委书记张明深入沙河工业园区，与园区管委会领导班子座谈。他指出，再创沙河发展辉煌，关键靠项目。")
    assert ("沙河工业园区", "locatedIn", "沙河", "") in triples


def test_every_triple_carries_evidence_pointing_into_the_original_text(lexicon):
    from kg.models import RawDocument
    from kg.pipeline import extract_document

    text = "■高新区简讯\n\n1月13日凌晨5时,记者走进平顶山高新区,在位于尼龙新材料产业园区的神鹰化工科技有\n\n限公司新厂区内,项目投产。"
    graph = extract_document(RawDocument(id="e.txt", text=text, source="e.txt"), lexicon)
    located = [t for t in graph.triples if t.predicate == "locatedIn" and t.rule == "company-located"]
    assert located, graph.triples
    evidence = located[0].evidence
    assert evidence.doc == "e.txt"
    assert text[evidence.start : evidence.end].replace("\n", "") == "尼龙新材料产业园区的神鹰化工科技有限公司"
    assert 0.0 <= located[0].confidence <= 1.0


def test_qualities_alone_before_a_company_suffix_name_no_company(extract):
    triples = extract("清远高新区引进企业。清远高新区新材料产业园已入驻企业60家。该企业是一家现代化新型公司。")
    assert triples == {("新材料产业园", "partOf", "清远高新区", "")}


def test_a_company_described_as_the_biggest_taxpayer_is_named_after_the_description(extract):
    triples = extract("落户南岭高新区的企业已达50余家。南岭首家上市公司、第一纳税大户重庆福森制药有限公司由远川人投资创办，已入驻南岭高新区。")
    assert {t[0] for t in triples if t[1] == "locatedIn" and t[2] == "南岭高新区"} == {"重庆福森制药有限公司"}


def test_companies_a_park_deepens_strategic_cooperation_with_are_partners_not_settlers(extract):
    triples = extract("南岭化工区加快建设。深化与远川控股、青禾集团的战略合作，提升化工区综合竞争力。济宁朗盛、山东嘉源等项目全面开工建设。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"济宁朗盛", "山东嘉源"}


def test_a_conjunction_after_a_place_and_one_character_is_inside_the_last_listed_name(extract):
    triples = extract("南岭化工区加快建设。济宁朗盛、山东嘉源、济宁众和高分子材料等项目全面开工建设。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"济宁朗盛", "山东嘉源", "济宁众和高分子材料"}


def test_a_kind_of_company_is_not_a_company_name(extract):
    triples = extract("清远高新区现有上市公司5家，子公司和所属公司均已复工。")
    assert not [t for t in triples if t[0] in ("上市公司", "子公司", "所属公司", "公司")]
    # A listed company of some field is a kind, too.
    triples = extract("全国第一家量子通信上市公司青禾量子在清远高新区诞生。清远高新区发展很快。")
    assert not [t for t in triples if "上市公司" in t[0]]


def test_a_slogan_the_city_carries_out_is_not_the_zones(extract):
    triples = extract("彭州经开区举行项目签约仪式。彭州市深入实施“建圈强链”行动，经开区推行“一窗通办”服务。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"一窗通办"}


def test_a_slogan_a_town_holds_to_is_not_the_zones(extract):
    triples = extract("宜秀经济开发区举行揭牌仪式。示范园正式揭牌，白泽湖乡将坚定不移秉持“融入长三角、起跳加速度”工作主线。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_city_named_only_as_where_the_zone_acts_does_not_take_the_measure(extract):
    triples = extract("清远高新区优化营商环境。该区率先在清远市设立“办不成事”反映窗口。")
    assert ("清远高新区", "implements", "办不成事", "") in triples


def test_a_measure_run_by_a_zone_together_with_its_district_is_the_zone_s(extract):
    triples = extract("2011年，天池高新区与沙湾区实行“区政合一”。")
    assert ("天池高新区", "implements", "区政合一", "") in triples


def test_a_park_written_after_its_zone_with_its_party_committee_is_part_of_the_zone(extract):
    triples = extract("兰州新区秦川园区党委委员、管委会副主任徐晓卫说，园区将加快建设。")
    assert ("秦川园区", "partOf", "兰州新区", "") in triples
    assert ("徐晓卫", "leads", "秦川园区", "党委委员、管委会副主任") in triples


def test_a_district_written_with_the_zone_is_where_the_zone_is(extract):
    triples = extract("辽阳市太子河区辽阳经济开发区新建厂房项目投产。")
    assert ("辽阳经济开发区", "locatedIn", "太子河区", "") in triples
    # … also with a space between them in a title (区区合一: the district and the zone run as one)
    triples = extract("名称: 广州市黄埔区 广州开发区打造营商环境行动方案\n广州开发区发展很快。")
    assert ("广州开发区", "locatedIn", "黄埔区", "") in triples
    # … and in brackets right after the zone's name, the two run as one
    triples = extract("辽阳经济开发区（太子河区）通过深化改革推动产业升级。")
    assert ("辽阳经济开发区", "locatedIn", "太子河区", "") in triples
    # … unless the bracket only names a body the two run together
    triples = extract("辽阳经济开发区（太子河区）政务服务中心获评标杆政务服务中心。")
    assert not [t for t in triples if t[1] == "locatedIn"]


def test_a_district_merely_named_in_the_article_is_not_where_the_zone_is(extract):
    triples = extract("河源国家高新区位于河源市。河源国家高新区搭建了连通市区、源城区的公交线路运营网。")
    assert {t[2] for t in triples if t[1] == "locatedIn"} == {"河源市"}


def test_a_zone_led_by_a_member_of_a_districts_party_committee_lies_in_that_district(extract):
    triples = extract("天河区委常委、南岭高新区党工委书记林海峰出席签约仪式。")
    assert ("南岭高新区", "locatedIn", "天河区", "") in triples
    triples = extract("闵行区委副书记、区长、翠湖高新区管委会主任陈立新致辞。")
    assert ("翠湖高新区", "locatedIn", "闵行区", "") in triples


def test_a_district_committee_of_a_visitor_places_no_zone(extract):
    triples = extract("白云区委书记张立到翠湖高新区调研。")
    assert not [t for t in triples if t[1] == "locatedIn"]


def test_a_province_inside_an_organisations_name_is_not_where_the_zone_is(extract):
    triples = extract("黑龙江日报讯，大庆经开区推动产业融合发展。")
    assert not [t for t in triples if t[1] == "locatedIn"]


def test_names_listed_before_etc_companies_are_companies_of_the_zone(extract):
    triples = extract("赣州经开区加快产业集聚。赣州经开区充分发挥吉利耀能、孚能科技、金力永磁等企业的带动作用。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"吉利耀能", "孚能科技", "金力永磁"}


def test_activities_listed_before_etc_companies_are_not_companies(extract):
    triples = extract("平顶山高新区优化商事登记、税务办理、银行开户等企业开办窗口设置。")
    assert not [t for t in triples if t[1] == "locatedIn"]


def test_the_park_a_company_invests_in_is_where_it_is(extract):
    triples = extract("温县产业集聚区举行签约仪式，河南银港企业管理集团投资的银港产业园二期项目投资额为6.72亿元。")
    assert ("河南银港企业管理集团", "locatedIn", "银港产业园", "") in triples


def test_plan_periods_and_industry_groupings_in_quotes_are_not_measures(extract):
    triples = extract("赣州经开区围绕新能源、电子信息等“2+N”产业强链补链，努力实现“十四五”开好局，推行“一窗通办”服务。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"一窗通办"}


def test_a_quote_taken_as_a_manner_is_not_a_measure(extract):
    triples = extract("平顶山高新区以“咬定青山不放松”的工作韧劲推动发展，以“万人助万企”为抓手服务企业。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"万人助万企"}


def test_a_town_party_secretary_after_a_zone_post_leads_the_town_of_the_zone(extract):
    triples = extract("高新区党工委副书记、管委会常务副主任、送桥镇党委书记 顾吉林：")
    assert ("顾吉林", "leads", "高新区送桥镇", "党委书记") in triples
    assert ("高新区送桥镇", "partOf", "高新区（t.txt）", "") in triples


def test_quoted_measures_written_side_by_side_before_one_head_are_each_a_measure(extract):
    triples = extract("平顶山高新区为项目推行“全程代办”“保姆式”服务机制。")
    measures = {t[2] for t in triples if t[1] == "implements"}
    assert measures == {"全程代办", "保姆式"}


def test_a_body_written_right_after_the_zone_is_part_of_the_zone(extract):
    triples = extract("平顶山高新区持续优化营商环境。该区科技创新局联合金融机构为企业解决融资难题。")
    assert ("平顶山高新区科技创新局", "partOf", "平顶山高新区", "") in triples


def test_a_branch_bureau_written_after_the_zone_is_part_of_the_zone(extract):
    triples = extract("平顶山高新区持续优化营商环境。高新区政务分局推行“一站式”服务。")
    assert ("平顶山高新区政务分局", "partOf", "平顶山高新区", "") in triples
    # … also when the tagger reads the zone and the bureau as one word
    triples = extract("为整合中心和高新区人事劳动局双方的资源。平顶山高新区发展很快。")
    assert ("平顶山高新区人事劳动局", "partOf", "平顶山高新区", "") in triples


def test_offices_whose_staff_take_part_in_the_zones_event_are_its_own(extract):
    triples = extract("平顶山高新区举行招聘会。党政综合办公室、应急管理局、创业中心主要负责同志参加活动。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {
        "平顶山高新区党政综合办公室", "平顶山高新区应急管理局", "平顶山高新区创业中心"}
    assert not extract("平顶山高新区举行招聘会。市发改委、市商务局负责人参加活动。")


def test_offices_reporting_at_the_zones_meeting_are_its_own(extract):
    triples = extract("翠湖高新区召开重点项目推进会，高新区党工委委员、管委会副主任林海峰出席会议。会上，纪工委通报了在建项目推进情况；"
                      "人才科技经信局汇报了工业经济指标完成情况；财经局、招商局分别汇报了各自承担主要经济指标完成情况。")
    parts = {t[0].removeprefix("翠湖高新区") for t in triples if t[1] == "partOf"}
    assert {"纪工委", "人才科技经信局", "财经局", "招商局"} <= parts
    praised = extract("翠湖高新区工作有形有效，受到上级通报表扬3次；受到市外办通报表扬两次。翠湖高新区发展很快。")
    assert not [t for t in praised if t[1] == "partOf"]


def test_offices_listed_with_the_zones_company_before_their_staff_are_the_zones(extract):
    triples = extract("平顶山高新区党工委书记林海峰赴青禾公司调研。党政综合办公室、商务局、创业中心、华岭集团主要或分管负责同志陪同。")
    assert {t[0] for t in triples if t[1] == "partOf" and "委" not in t[0]} == {
        "平顶山高新区党政综合办公室", "平顶山高新区商务局", "平顶山高新区创业中心"}


def test_bodies_written_with_a_bare_district_word_beside_district_posts_are_the_districts(extract):
    triples = extract("紫竹高新区商会年会举行。区委常委、副区长、紫竹高新区管委会副主任赵亮，区财政局党组书记、局长李骏出席。")
    assert ("赵亮", "leads", "紫竹高新区", "管委会副主任") in triples
    assert not [t for t in triples if "财政局" in t[0] or "财政局" in t[2]]
    assert ("平顶山高新区科技创新局", "partOf", "平顶山高新区", "") in extract(
        "平顶山高新区持续优化营商环境。区科技创新局联合金融机构为企业解决融资难题。")


def test_a_bureau_written_with_a_bare_district_word_in_a_post_chain_is_not_the_zone_s(extract):
    triples = extract("区委常委、副区长赵平，青山高新区经济发展处处长、区经信局局长孙立参加调研。")
    assert ("孙立", "leads", "青山高新区经济发展处", "处长") in triples
    assert not [t for t in triples if "经信局" in t[0] + t[2] and "青山" in t[0] + t[2]]


def test_a_committee_naming_its_own_zone_is_not_the_zone_written_before_it(extract):
    triples = extract("石门经济开发区正式更名。云岭新区党工委书记王涛出席，市编委办副主任李明宣读《关于石门经济开发区管理委员会更名的批复》。")
    assert ("王涛", "leads", "云岭新区", "党工委书记") in triples
    assert not [t for t in triples if "石门" in t[0] and t[2] == "云岭新区"]


def test_a_zone_named_after_a_space_in_a_source_line_is_the_articles_zone(extract):
    # The tagger takes the space after the colon into the zone's word; it is cut off again.
    triples = extract("发布时间: 2025-06-10 信息来源: 平湖经济技术开发区\n6月5日，开发区召开重点企业座谈会，开发区党工委书记陈之超出席。")
    assert ("陈之超", "leads", "平湖经济技术开发区", "党工委书记") in triples


def test_a_note_that_the_zone_is_being_set_up_stands_between_it_and_its_committee(extract):
    triples = extract("浙江鹿城经济开发区（筹）管委会主任张明出席。")
    assert ("张明", "leads", "鹿城经济开发区", "管委会主任") in triples


def test_a_street_in_brackets_after_the_zone_is_run_with_it(extract):
    triples = extract("平湖经济技术开发区召开座谈会。开发区（钟埭街道）党工委书记陈之超出席会议。")
    assert ("陈之超", "leads", "平湖经济技术开发区", "党工委书记") in triples
    assert {t[0] for t in triples if t[1] == "partOf"} == {"平湖经济技术开发区党工委", "平湖经济技术开发区钟埭街道"}


def test_a_verb_of_building_and_its_object_after_the_zone_is_no_body(extract):
    assert extract("华兴科技将在临沂高新区建设研发中心。") == {("华兴科技", "locatedIn", "临沂高新区", "")}
    assert ("临沂高新区建设局", "partOf", "临沂高新区", "") in extract("临沂高新区建设局局长张明出席。")


def test_a_common_word_ending_like_a_body_after_the_zone_is_not_a_body(extract):
    triples = extract("平顶山高新区聚焦产业链布局，高新区发展格局持续优化。")
    assert not [t for t in triples if t[1] == "partOf"]


def test_a_body_the_zone_sets_up_is_part_of_the_zone(extract):
    triples = extract("河源国家高新区建设了面向企业的企业服务中心。")
    assert ("企业服务中心", "partOf", "河源国家高新区", "") in {(s.removeprefix("河源国家高新区"), p, o, t) for s, p, o, t in triples}



def test_bodies_a_zone_has_under_it_are_all_part_of_the_zone(extract):
    triples = extract("河源国家高新区目前内设3个行政机构：党政办公室、财经局、人民武装部。")
    parts = {s.removeprefix("河源国家高新区") for s, p, o, t in triples if p == "partOf" and o == "河源国家高新区"}
    assert parts == {"党政办公室", "财经局", "人民武装部"}


def test_units_set_up_under_the_zone_in_a_later_clause_after_their_count_are_its_own(extract):
    triples = extract("河源国家高新区目前内设3个行政机构：党政办公室、财经局、人民武装部，下设2个事业单位和3个功能园区：社会事业局、招商局。")
    parts = {s.removeprefix("河源国家高新区") for s, p, o, t in triples if p == "partOf" and o == "河源国家高新区"}
    assert {"社会事业局", "招商局"} <= parts

def test_a_founding_meeting_held_at_a_centre_founds_no_body_of_the_zone(extract):
    triples = extract("翠湖产业开发区企业家协会成立大会在公司青禾新城体验中心召开。翠湖产业开发区党工委书记林海峰出席。")
    assert not [t for t in triples if "体验中心" in t[0]]


def test_a_body_set_up_together_with_a_city_bureau_is_not_claimed_for_the_zone(extract):
    triples = extract("清远高新区联合清远市人社局设立劳动仲裁法庭。")
    assert not [t for t in triples if t[1] == "partOf"]


def test_a_body_listed_right_after_a_zone_body_is_part_of_the_zone(extract):
    triples = extract("平顶山高新区召开会议。区纪工委、监察工作办公室将牢记嘱托。")
    parts = {s for s, p, o, t in triples if p == "partOf" and o == "平顶山高新区"}
    assert parts == {"平顶山高新区纪工委", "平顶山高新区监察工作办公室"}


def test_a_body_named_after_a_place_listed_after_the_zone_committee_is_not_the_zone_s(extract):
    triples = extract("将原湖州青山经济开发区管理委员会和嘉兴白沙化工基地管理委员会合并。")
    parts = {s for s, p, o, t in triples if p == "partOf"}
    assert parts == {"湖州青山经济开发区管理委员会"}


def test_a_zone_party_committee_written_with_the_party_s_name_keeps_it(lexicon):
    from kg.models import RawDocument
    from kg.pipeline import extract_document

    graph = extract_document(RawDocument(id="d.txt", text="中共青山高新技术产业开发区工作委员会召开全体会议。", source="d.txt"), lexicon)
    committee = next(e for e in graph.entities if e.type == "GovernmentBody")
    assert "中共青山高新技术产业开发区工作委员会" in {committee.label, *committee.aliases}
    assert [(t.subject, t.predicate) for t in graph.triples] == [(committee.key, "partOf")]


def test_a_three_character_name_cut_before_a_speech_verb_is_read_whole(extract):
    triples = extract("清远高新区创新创业服务中心副主任谢文为介绍说，该中心已引入6家机构。")
    assert {t[0] for t in triples if t[1] == "leads"} == {"谢文为"}


def test_a_three_character_name_cut_after_a_post_before_a_verb_is_read_whole(extract):
    triples = extract("莱芜高新区党工委委员、管委会副主任王京才带领区直有关部门走访企业。")
    assert {t[0] for t in triples if t[1] == "leads"} == {"王京才"}
    triples = extract("莱芜高新区党工委副书记、管委会副主任石旭涌在座谈时表示，要服务好企业。")
    assert {t[0] for t in triples if t[1] == "leads"} == {"石旭涌"}


def test_a_name_whose_surname_repeats_the_post_s_last_character_is_read_whole(extract):
    triples = extract("据青山经开区党工委委员、管委会副主任任道远介绍，园区企业达262家。")
    assert {t[0] for t in triples if t[1] == "leads"} == {"任道远"}


def test_a_verb_of_speaking_the_tagger_reads_into_a_name_ends_it(extract):
    triples = extract("“园区发展势头良好。”南岭高新区管委会副主任孙良如是说。")
    assert ("孙良", "leads", "南岭高新区", "管委会副主任") in triples


def test_a_word_that_often_stands_after_a_name_is_not_taken_into_it(extract):
    triples = extract("莱芜高新区管委会副主任王京也出席了会议。")
    assert {t[0] for t in triples if t[1] == "leads"} == {"王京"}


def test_a_local_government_post_right_after_a_zone_leader_is_not_the_zones(extract):
    triples = extract("区委副书记、区长刘涛，开发区管委会主任孙殿镇，副区长杨庸陪同考察。")
    assert {t[0] for t in triples if t[1] == "leads"} == {"孙殿镇"}
    # A new area has a head of its own.
    triples = extract("兰州新区党工委书记王刚，区长李明陪同。")
    assert ("李明", "leads", "兰州新区", "区长") in triples


def test_a_district_named_by_a_common_word_is_a_place_only_after_its_city(extract):
    # 城区 (an urban area; also the name of a few districts) does not swallow the park's name.
    triples = extract("在江苏省如皋市城区工业园区的江苏恒力机械有限公司车间里，工人正加紧生产。")
    assert triples == {("江苏恒力机械有限公司", "locatedIn", "城区工业园区", "")}


def test_an_adverb_after_a_name_is_not_part_of_it(extract):
    triples = extract("平顶山高新区党工委书记孙国权也表示，要优化营商环境。")
    assert ("孙国权", "leads", "平顶山高新区", "党工委书记") in triples


def test_an_organisation_whose_project_goes_into_production_is_in_the_zone(extract):
    triples = extract("平顶山高新区三年来成绩显著。平煤隆基年产3000万瓦光伏组件项目建成投产。")
    assert ("平煤隆基", "locatedIn", "平顶山高新区", "") in triples


def test_a_foreign_makers_name_after_its_country_opening_a_settled_project_is_a_company(extract):
    triples = extract("平顶山高新区持续打造外向型经济，新加坡益海嘉里油品系列生产项目、德国艾博歌汽车零部件研发总部项目均已落户。"
                      "平顶山高新区将做好服务。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"益海嘉里", "艾博歌"}
    # Without a project settling or being built, a country and a word are no company.
    assert not extract("平顶山高新区持续打造外向型经济，学习新加坡裕廊经验。平顶山高新区将做好服务。")


def test_one_listed_name_holding_a_verbal_noun_does_not_make_the_list_activities(extract):
    triples = extract("绵阳经开区召开座谈会。座谈会上，好圣汽车、海立电器、虹科创新等重点工业企业代表介绍了生产经营情况。"
                      "绵阳经开区将做好服务。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"好圣汽车", "海立电器", "虹科创新"}
    assert not [t for t in extract("高新区政务服务中心提供商事登记、税务办理等服务，方便企业。高新区将做好服务。")
                if t[1] == "locatedIn"]


def test_a_conjunction_inside_a_listed_item_opens_the_list_of_companies(extract):
    triples = extract("西安高新区迎来调研组。调研组深入西安软件园、创业园发展中心以及炬光科技、华晶电子等12家企业调研。"
                      "调研组肯定了西安高新区的发展。")
    companies = {t[0] for t in triples if t[1] == "locatedIn"}
    assert {"炬光科技", "华晶电子"} <= companies and not [c for c in companies if "以及" in c]


def test_pharmaceutical_makers_named_by_their_trade_are_companies(extract):
    triples = extract("许昌产业集聚区加快发展。产业集聚区先后引进裕松源药业、莲花医疗器械等医药产业，提升医药产业的知名度。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"裕松源药业", "莲花医疗器械"}
    triples = extract("咸安经济开发区加快建设。周军握着健翔药业副总黄杰的手说，项目进展顺利。咸安经济开发区将做好服务。")
    assert ("健翔药业", "locatedIn", "咸安经济开发区", "") in triples


def test_an_organisation_whose_production_base_signs_is_in_the_zone(extract):
    triples = extract("平顶山高新区三年来成绩显著。德赛海洋工程研发生产基地签约，平顶山高新区海工装备产业再上新水平。")
    assert triples == {("德赛", "locatedIn", "平顶山高新区", "")}
    triples = extract("平顶山高新区三年来成绩显著。大沽船业研发生产基地签约，平顶山高新区海工装备产业再上新水平。")
    assert triples == {("大沽船业", "locatedIn", "平顶山高新区", "")}


def test_a_park_opening_the_next_clause_is_not_where_the_settling_company_went(extract):
    triples = extract("平顶山高新区三年来成绩显著。伊顿新项目签约入驻，巨高电气产业园建成投产。")
    assert ("伊顿", "locatedIn", "平顶山高新区", "") in triples
    assert not [t for t in triples if t[0] == "伊顿" and t[2] != "平顶山高新区"]


def test_a_company_name_with_a_bracketed_region_before_its_suffix_is_read_whole(extract):
    triples = extract("平顶山高新区招商成效显著。伊顿电气（中国）有限公司落户平顶山高新区。")
    assert ("伊顿电气（中国）有限公司", "locatedIn", "平顶山高新区", "") in triples


def test_named_programmes_after_a_chain_of_verbs_are_measures_without_the_verbs(extract):
    triples = extract("平顶山高新区今年启动实施青年人才安居工程和科技企业倍增计划。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"青年人才安居工程", "科技企业倍增计划"}


def _works_for(triples):
    return {t for t in triples if t[1] == "worksFor"}


def test_posts_joined_by_jian_are_one_title_as_written(extract):
    triples = extract("浪潮集团有限公司党委书记、董事长兼CEO孙丕恕作了报告。")
    assert _works_for(triples) == {("孙丕恕", "worksFor", "浪潮集团有限公司", "党委书记、董事长兼CEO")}


def test_chairman_of_the_board_of_directors_is_a_company_post(extract):
    triples = extract("神州控股董事局主席郭为表示，智慧城市建设以人为本。")
    assert _works_for(triples) == {("郭为", "worksFor", "神州控股", "董事局主席")}


def test_a_word_dating_the_post_belongs_to_the_title_not_to_the_company(extract):
    assert not _works_for(extract("12月11日，新任董事长穆建霞主持了会议。"))
    triples = extract("银保监会对广发银行时任董事长董建岳作出处罚。")
    assert _works_for(triples) == {("董建岳", "worksFor", "广发银行", "时任董事长")}


def test_only_the_name_right_before_the_post_names_the_company(extract):
    triples = extract("聚光科技股份有限公司董事会于近日收到公司董事长叶华俊先生递交的辞职报告。")
    assert _works_for(triples) == {("叶华俊", "worksFor", "聚光科技股份有限公司", "董事长")}


def test_a_name_then_a_verb_of_holding_office_then_organisation_and_post(extract):
    assert _works_for(extract("2016年3月，张锐钢任天津港（集团）有限公司董事长。")) == {
        ("张锐钢", "worksFor", "天津港（集团）有限公司", "董事长")}
    assert ("张三", "leads", "平顶山高新区", "党工委副书记、管委会主任") in extract("张三任平顶山高新区党工委副书记、管委会主任。")


def test_a_name_in_apposition_with_organisation_and_post(extract):
    triples = extract("宋晓玲，新疆天业（集团）有限公司党委书记、董事长。")
    assert _works_for(triples) == {("宋晓玲", "worksFor", "新疆天业（集团）有限公司", "党委书记、董事长")}


def test_a_name_the_tagger_missed_is_read_from_a_surname_after_a_post(extract):
    triples = extract("赊店老酒股份有限公司董事长单森林出席会议。")
    assert _works_for(triples) == {("单森林", "worksFor", "赊店老酒股份有限公司", "董事长")}
    assert not _works_for(extract("赊店老酒股份有限公司董事长高度重视。"))


def test_an_honorific_is_not_part_of_the_name(extract):
    triples = extract("北京职信鼎程信息技术有限公司董事长高雨先生荣获奖项。")
    assert _works_for(triples) == {("高雨", "worksFor", "北京职信鼎程信息技术有限公司", "董事长")}


def test_captions_name_then_organisation_and_post_or_post_colon_name(extract):
    assert _works_for(extract("童亚辉浙江省能源集团有限公司董事长")) == {("童亚辉", "worksFor", "浙江省能源集团有限公司", "董事长")}
    assert _works_for(extract("安徽省能源集团有限公司董事长：张飞飞")) == {("张飞飞", "worksFor", "安徽省能源集团有限公司", "董事长")}


def test_a_post_in_the_party_committee_of_the_company_referred_back_to(extract):
    triples = extract("交通银行股份有限公司发展迅速，该行党委书记、董事长彭纯上任伊始。")
    assert _works_for(triples) == {("彭纯", "worksFor", "交通银行股份有限公司", "党委书记、董事长")}


def test_a_company_that_enters_the_park_settles_in_the_zone(extract):
    triples = extract("龙泉经济开发区规划面积3000亩。目前，鑫达机械公司已首期进园开工。")
    assert triples == {("鑫达机械公司", "locatedIn", "龙泉经济开发区", "")}


def test_the_partner_in_a_signing_settles_where_the_project_goes_not_the_host(extract):
    triples = extract("天津经开区举行签约仪式。科工园公司与天津市全和诚科技有限责任公司签约，项目拟入驻京津冀智能医药产业园开展研发。")
    assert ("天津市全和诚科技有限责任公司", "locatedIn", "京津冀智能医药产业园", "") in triples
    assert not [t for t in triples if t[0] == "科工园公司" and t[2] == "京津冀智能医药产业园"]


def test_an_address_clause_places_the_company_the_sentence_is_about(extract):
    triples = extract("河南神鹰化工科技有限公司成立于2008年，注册资金5000万元，公司位于平顶山高新区尼龙新材料产业园区。")
    assert ("河南神鹰化工科技有限公司", "locatedIn", "尼龙新材料产业园区", "") in triples


def test_an_address_clause_without_subject_belongs_to_the_first_company_not_its_parent(extract):
    triples = extract("清远华冠科技有限公司是聚石化学旗下子公司，2019年3月成立于清远高新区百嘉工业园区。")
    assert {t[0:3] for t in triples if t[1] == "locatedIn"} == {("清远华冠科技有限公司", "locatedIn", "百嘉工业园区")}


def test_a_description_may_stand_between_the_address_verb_and_the_zone(extract):
    triples = extract("广东聚石化学股份有限公司位于交通便利、环境优美的清远高新区。")
    assert ("广东聚石化学股份有限公司", "locatedIn", "清远高新区", "") in triples


def test_a_park_written_under_its_city_is_named_without_the_address_and_not_given_to_a_zone(extract):
    triples = extract("河源华冠科技有限公司坐落在广东省河源市源城区高埔岗工业园。")
    assert ("河源华冠科技有限公司", "locatedIn", "高埔岗工业园", "") in triples
    assert not [t for t in triples if t[1] == "partOf"]


def test_registration_with_a_body_of_the_zone_places_the_company_in_the_zone(extract):
    triples = extract("清远华冠科技有限公司于2019年3月在清远高新区市场监督管理局登记成立。")
    assert ("清远华冠科技有限公司", "locatedIn", "清远高新区", "") in triples


def test_a_company_set_up_in_a_zone_is_located_there(extract):
    triples = extract("聚石化学拟在清远高新区设立清远聚石新材料有限公司。")
    assert ("清远聚石新材料有限公司", "locatedIn", "清远高新区", "") in triples


def test_a_zone_named_once_in_passing_does_not_hold_the_companies_of_the_text(extract):
    triples = extract("广州电力企业集团有限公司在年报中提到清远高新区的营商环境。")
    assert not [t for t in triples if t[1] == "locatedIn" and t[0] == "广州电力企业集团有限公司"]


def test_a_post_in_a_parks_own_committee_leads_the_park(extract):
    triples = extract("出席仪式的有清远百嘉工业园区管理委员会主任李振兴。")
    assert ("李振兴", "leads", "清远百嘉工业园区", "管理委员会主任") in triples



def test_a_company_named_after_its_zone_is_located_in_that_zone(extract):
    triples = extract("清远高新区投资发展集团有限公司与聚石化学签署合作协议。")
    assert ("清远高新区投资发展集团有限公司", "locatedIn", "清远高新区", "") in triples


def test_a_company_named_after_its_zone_by_a_short_form_of_its_function_keeps_the_zone_in_its_name(extract):
    triples = extract("南岭高新区建发公司董事长、总经理李明出席签约仪式。")
    assert ("南岭高新区建发公司", "locatedIn", "南岭高新区", "") in triples
    assert ("李明", "worksFor", "南岭高新区建发公司", "董事长、总经理") in triples


def test_a_company_written_after_zone_and_enterprise_is_that_zones_under_its_own_name(extract):
    triples = extract("清远高新区企业广东聚石化学股份有限公司获评省级专精特新企业。")
    assert ("广东聚石化学股份有限公司", "locatedIn", "清远高新区", "") in triples


def test_a_headquarters_set_in_a_zone_places_the_company(extract):
    triples = extract("广东聚石化学股份有限公司总部设在清远高新区。")
    assert ("广东聚石化学股份有限公司", "locatedIn", "清远高新区", "") in triples


def test_a_short_named_park_right_after_its_zone_is_one_of_its_parks(extract):
    triples = extract("沧州华冠电器有限公司位于福建省三明高新技术产业开发区金沙园，归属中国化工集团管理。")
    assert ("沧州华冠电器有限公司", "locatedIn", "金沙园", "") in triples
    assert ("金沙园", "partOf", "三明高新技术产业开发区", "") in triples
    assert ("三明高新技术产业开发区", "locatedIn", "福建省", "") in triples


def test_a_garden_or_an_act_after_a_zone_is_no_park(extract):
    triples = extract("河源国家高新区投入建成园区首家门诊，高新区白鹭岛公园同步开放。")
    assert not [t for t in triples if t[1] == "partOf"]


def test_a_company_building_in_a_place_is_there(extract):
    assert ("广东聚石化学股份有限公司", "locatedIn", "百嘉工业园区", "") in extract(
        "广东聚石化学股份有限公司将在百嘉工业园区新建生产线。")
    assert ("广东聚石化学股份有限公司", "locatedIn", "清远高新区", "") in extract(
        "广东聚石化学股份有限公司年产10万吨改性塑料项目在清远高新区开工。")


def test_an_event_a_company_holds_in_a_zone_does_not_place_it(extract):
    triples = extract("广东聚石化学股份有限公司在清远高新区举办签约仪式。")
    assert not [t for t in triples if t[1] == "locatedIn"]


def test_companies_a_park_has_taken_in_are_in_the_park(extract):
    triples = extract("目前，百嘉工业园区已入驻广东聚石化学股份有限公司、清远华冠科技有限公司等企业。")
    assert {t[0] for t in triples if t[1:3] == ("locatedIn", "百嘉工业园区")} == {"广东聚石化学股份有限公司", "清远华冠科技有限公司"}


def test_a_place_the_sentence_opens_with_holds_its_company(extract):
    triples = extract("在百嘉工业园区，广东聚石化学股份有限公司的生产车间一片繁忙。")
    assert ("广东聚石化学股份有限公司", "locatedIn", "百嘉工业园区", "") in triples


def test_one_of_a_places_own_companies_is_in_it_but_a_partner_is_not(extract):
    assert ("广东聚石化学股份有限公司", "locatedIn", "百嘉工业园区", "") in extract("广东聚石化学股份有限公司是百嘉工业园区的重点企业。")
    assert not [t for t in extract("广东聚石化学股份有限公司是清远高新区的合作伙伴。") if t[1] == "locatedIn"]
    # … also when a longer description stands between the place and the project word.
    assert ("华腾科技（舟山）有限公司", "locatedIn", "百嘉工业园区", "") in extract(
        "华腾科技(舟山)有限公司是百嘉工业园区引进的首个绿色石化配套项目。")


def test_a_district_in_brackets_after_a_zone_does_not_come_between_the_zone_and_its_bodies(extract):
    triples = extract("常州国家高新区（新北区）党工委书记王明出席会议，高新区深化“一枚印章管审批”改革。")
    assert ("王明", "leads", "常州国家高新区", "党工委书记") in triples
    assert ("常州国家高新区", "implements", "一枚印章管审批", "") in triples


def test_a_person_who_is_the_post_of_a_company_works_for_it(extract):
    triples = extract("张伟是广东聚石化学股份有限公司董事长。")
    assert ("张伟", "worksFor", "广东聚石化学股份有限公司", "董事长") in triples


def test_fields_listed_before_all_kinds_of_enterprises_are_no_companies(extract):
    triples = extract("翠湖高新区现已聚集了电子信息、生物医药、健康食品等各类企业1100余家。")
    assert not [t for t in triples if t[1] == "locatedIn" and t[2] == "翠湖高新区"]


def test_a_name_left_out_and_settling_wished_for_more_projects_place_nothing(extract):
    assert not extract("翠湖工业园区加强基础设施建设，XX板式家具产业园区已建成。")
    triples = extract("翠湖临空经济区加快建设。希望与青禾航空投资集团开展深入合作，让更多的项目和投资落户翠湖临空经济区。")
    assert not [t for t in triples if t[0] == "青禾航空投资集团"]


def test_a_company_visiting_or_supported_to_invest_is_not_yet_placed(extract):
    triples = extract("林海峰表示，管委会将全力支持青禾集团在翠湖经开区投资发展，这次青禾集团到翠湖经开区对接，必将推动项目尽快落地。")
    assert not [t for t in triples if t[0] == "青禾集团"]


def test_companies_settling_after_several_listed_parks_are_in_the_zone(extract):
    triples = extract("翠湖高新区加快园区建设。目前，翠湖科创园、青禾智造园已投入使用，远川科技、华岭电子等多家企业已入驻投产。")
    assert ("远川科技", "locatedIn", "翠湖高新区", "") in triples
    assert not [t for t in triples if t[1] == "locatedIn" and t[2] == "青禾智造园"]


def test_a_projects_investor_role_before_a_company_is_no_part_of_its_name(extract):
    triples = extract("翠湖开发区举行开工仪式。富贵家电器项目投资商青禾电器有限公司总经理林海峰代表开工企业发言。")
    assert ("林海峰", "worksFor", "青禾电器有限公司", "总经理") in triples


def test_companies_listed_before_a_counted_head_are_companies(extract):
    triples = extract("清远高新区举行重点项目签约仪式，聚石科技、华冠光电、明和电子等12家企业签约入驻。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"聚石科技", "华冠光电", "明和电子"}


def test_companies_listed_before_a_rough_count_of_member_units_are_companies(extract):
    triples = extract("翠湖高新区商会举行年会。高新区党工委书记林海峰致辞。来自岭华、禾青、川远等100余家会员单位高管参加。")
    assert {t[0] for t in triples if t[1] == "locatedIn" and t[2] == "翠湖高新区"} == {"岭华", "禾青", "川远"}


def test_names_listed_right_after_enterprises_and_closed_by_etc_are_companies(extract):
    triples = extract("在翠湖高新区，林海峰走访了园内投产企业华岭精工、青禾洗涤、远川神盾等，了解企业生产情况。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"华岭精工", "青禾洗涤", "远川神盾"}


def test_a_place_in_brackets_inside_a_name_is_part_of_the_name(extract):
    assert extract("清远高新区重点打造嘉禾（广东）智能装备产业园。") == {
        ("嘉禾（广东）智能装备产业园", "partOf", "清远高新区", "")
    }
    triples = extract("清远高新区企业华冠（清远）新材料科技有限公司总经理李明说，服务很好。")
    assert ("李明", "worksFor", "华冠（清远）新材料科技有限公司", "总经理") in triples


def test_the_park_word_alone_in_an_article_naming_one_zone_and_no_park_is_that_zone(extract):
    triples = extract("今年以来，赤壁高新区各企业订单爆满。华兴新能源科技有限公司新开生产线满产满销。目前，园区300多家企业正铆足干劲。")
    assert triples == {("华兴新能源科技有限公司", "locatedIn", "赤壁高新区", "")}


def test_eco_parks_software_cities_and_comprehensive_experimental_zones_are_named(extract):
    assert extract("华兴科技有限公司落户青岛中德生态园。") == {("华兴科技有限公司", "locatedIn", "青岛中德生态园", "")}
    assert ("丝路软件城", "partOf", "西安高新区", "") in extract("华兴科技有限公司落户西安高新区丝路软件城。")
    triples = extract("郑州航空港经济综合实验区党工委书记张明出席。")
    assert ("张明", "leads", "航空港经济综合实验区", "党工委书记") in triples


def test_a_park_declared_a_zone_is_what_the_bare_kind_stands_for(extract):
    triples = extract("苏州工业园区作为全国开发区的一面旗帜，探索出一批制度创新案例。开发区全力打造“融驿站”服务品牌。")
    assert ("苏州工业园区", "implements", "融驿站", "") in triples
    assert not [t for t in triples if t[1] == "partOf"]


def test_a_function_area_of_a_bonded_port_zone_is_its_park(extract):
    triples = extract("青岛保税港区诸城功能区签约仪式举行。青岛保税港区诸城功能区位于诸城市经济开发区。")
    assert {("诸城功能区", "partOf", "青岛保税港区", ""), ("诸城功能区", "partOf", "诸城市经济开发区", "")} <= triples


def test_a_company_with_a_name_of_its_own_written_after_the_zone_does_not_take_the_zone_into_it(extract):
    triples = extract("在临沂高新区华兴科技有限公司的车间里，工人们忙碌。华兴科技有限公司订单充足。")
    assert triples == {("华兴科技有限公司", "locatedIn", "临沂高新区", "")}
    triples = extract("临沂高新区招商总公司总经理张明出席。")
    assert ("张明", "worksFor", "临沂高新区招商总公司", "总经理") in triples


def test_a_park_read_into_a_companys_name_opens_it_and_is_where_it_is(extract):
    triples = extract("日前，在海州工业园华诚复合材料有限公司刚投产的车间里，生产线高效运转。")
    assert ("华诚复合材料有限公司", "locatedIn", "海州工业园", "") in triples
    # A park's developer is named in full after it.
    triples = extract("北京科技园置业股份有限公司董事总经理李明出席。")
    assert ("李明", "worksFor", "北京科技园置业股份有限公司", "董事总经理") in triples


def test_a_division_word_alone_before_a_park_says_whose_it_is_and_is_not_its_name(extract):
    assert extract("华兴公司已入驻县水晶文化创意产业园。") == {("华兴公司", "locatedIn", "水晶文化创意产业园", "")}
    assert extract("华兴公司已入驻市中区工业园。") == {("华兴公司", "locatedIn", "市中区工业园", "")}


def test_words_read_as_times_or_verbs_stay_in_a_park_name(extract):
    # The tagger reads 现代 as a time word and 再生 as a verb; each is still part of a kind of park.
    assert extract("华兴农业公司落户寿光国家现代农业产业园。") == {
        ("华兴农业公司", "locatedIn", "寿光国家现代农业产业园", "")
    }
    assert extract("华兴环保公司落户临沂再生资源产业园。") == {
        ("华兴环保公司", "locatedIn", "临沂再生资源产业园", "")
    }


def test_a_post_once_held_is_not_held(extract):
    assert not extract("平顶山高新区召开座谈会，市老科协副会长、原平煤神马集团董事长张建国发言。")


def test_a_surname_with_a_word_of_address_is_nobody_named(extract):
    assert not extract("平顶山高新区调研组到了神鹰化工科技有限公司，听取了企业负责人王总的汇报。")


def test_a_goal_the_article_contributes_to_is_not_a_measure(extract):
    assert not extract("平顶山高新区将持续孵化新企业，为“科技强市”建设做出新的更大的贡献。")
    assert not extract("平顶山高新区将持续孵化新企业，奋力为打造“三色鹰城”贡献力量。")
    assert ("平顶山高新区", "implements", "一站式服务", "") in extract("平顶山高新区推出名为“一站式服务”的平台，为企业发展贡献力量。")


def test_layouts_honours_and_directives_from_above_are_not_measures(extract):
    assert not extract("平顶山高新区已形成“一区三园”发展格局。")
    assert not extract("平顶山高新区先后被命名为“国家知识产权示范园区”、“省级一类工业园区”。")
    assert not extract("结合市委开展的“大抓项目、抓大项目”工作部署，平顶山高新区推进项目建设。")


def test_listed_projects_that_settle_name_the_companies_behind_them(extract):
    triples = extract("清远高新区举行签约仪式，聚石科技、华冠光电等11个重点项目签约入驻。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"聚石科技", "华冠光电"}
    assert not extract("清远高新区举行推介会，聚石科技、华冠光电等11个重点项目负责人参加。")


def test_companies_listed_as_a_parks_members_are_in_it(extract):
    triples = extract("调研组来到百嘉工业园区，走访了园区内优秀企业代表——华冠光电科技有限公司、明和电子有限公司。")
    assert ("华冠光电科技有限公司", "locatedIn", "百嘉工业园区", "") in triples
    assert ("明和电子有限公司", "locatedIn", "百嘉工业园区", "") in triples


def test_companies_the_park_referred_back_to_has_gathered_are_in_it(extract):
    text = ("走进平顶山高新区数字信创产业园区，厂房整齐排列。截至目前，该园区已集聚包括宏光电子、明睿电子、"
            "中科华（安徽）研究院、安徽高远环保科技有限公司等众多优质企业。")
    located = {t[0] for t in extract(text) if t[1:3] == ("locatedIn", "数字信创产业园区")}
    assert located == {"宏光电子", "明睿电子", "中科华（安徽）研究院", "安徽高远环保科技有限公司"}


def test_a_body_described_by_a_clause_about_the_zone_is_not_the_zones(extract):
    triples = extract("平顶山高新区党工委书记孙国权，在平顶山高新区挂职锻炼的郑州市科技局副局长李强出席活动。")
    assert not [t for t in triples if "李强" in t or "科技局" in t[0]]


def test_kinds_of_place_and_work_before_a_company_suffix_name_no_company(extract):
    assert not extract("平顶山高新区各职能部门、产业园区运营公司相关负责人参加活动。平顶山高新区举行签约仪式。")
    assert not extract("平顶山高新区加快建设，园区管理公司董事长张猛介绍了园区建设情况。")


def test_a_park_named_after_a_county_of_another_city_the_article_names_is_not_the_zones(extract):
    text = ("聊城东昌经济开发区与厦门集美区工业园区签订合作协议。"
            "聊城东昌经济开发区一行参观了集美轻工食品工业园。聊城东昌经济开发区将加强交流。")
    assert not [t for t in extract(text) if t[0] == "集美轻工食品工业园"]


def test_a_class_of_high_tech_parks_is_no_park(extract):
    assert not extract("平顶山高新区涵盖新材料、装备制造等行业和多个高科技产业园。平顶山高新区持续推进项目建设。")


def test_two_names_joined_by_a_dot_are_one_park(extract):
    assert extract("平顶山高新区宏远科技·平顶山智能制造产业园项目开工。") == {
        ("宏远科技·平顶山智能制造产业园", "partOf", "平顶山高新区", "")
    }


def test_a_class_of_parks_or_a_company_and_a_count_is_no_park(extract):
    text = ("平顶山高新区宏远科技企业孵化器有限公司、平顶山明和孵化器有限公司2家孵化器获评专业类国家级科技企业孵化器。"
            "平顶山高新区将继续做好孵化服务。")
    assert not [t for t in extract(text) if t[1] == "partOf"]


def test_a_science_city_or_industry_city_of_a_zone_is_one_of_its_parks(extract):
    assert extract("三门经济开发区加快建设滨海科技城、临港产业城两大产业平台。") == {
        ("滨海科技城", "partOf", "三门经济开发区", ""),
        ("临港产业城", "partOf", "三门经济开发区", ""),
    }



def test_a_place_named_park_written_right_after_a_zone_is_that_zones_park(extract):
    assert ("景德镇工业园", "partOf", "南昌经开区", "") in extract("南昌经开区与景德镇市签约，共建南昌经开区景德镇工业园。")


def test_a_short_kind_is_the_zone_the_article_names_with_the_long_kind_of_the_same_place(extract):
    triples = extract("岳阳经济开发区管委会与长沙经开区签约。岳阳经开区党工委书记王明出席。")
    assert ("王明", "leads", "岳阳经济开发区", "党工委书记") in triples

def test_companies_listed_after_the_zone_referred_back_to_are_in_it(extract):
    triples = extract("最近，清远高新园区发展迅速。高新园区作为全市经济发展的主战场，园区内有一些龙头企业，如聚石化学集团、明和电子集团等。")
    assert ("聚石化学集团", "locatedIn", "清远高新园区", "") in triples
    assert ("明和电子集团", "locatedIn", "清远高新园区", "") in triples


def test_a_post_written_right_after_another_persons_is_in_the_same_company(extract):
    assert extract("新华投资集团董事长梅长春，总裁张春静带领相关部门领导进行了热情接待。") == {
        ("梅长春", "worksFor", "新华投资集团", "董事长"),
        ("张春静", "worksFor", "新华投资集团", "总裁"),
    }


def test_a_body_after_a_city_post_is_the_citys(extract):
    triples = extract("孝感市市长吴庆华，市委常委、统战部部长贺卫东，市政府副市长、市高新区党工委第一书记夏齐勇出席活动。")
    assert not [t for t in triples if t[0] == "贺卫东"]
    assert ("夏齐勇", "leads", "孝感高新区", "党工委第一书记") in triples


def test_posts_in_a_parks_own_committees_lead_the_park_not_the_visiting_zone(extract):
    triples = extract("广州开发区考察团来苏滁现代产业园考察，苏滁园区党工委副书记、管委会副主任徐培昌陪同。广州开发区将加强合作。")
    assert {t for t in triples if t[0] == "徐培昌"} == {("徐培昌", "leads", "苏滁园区", "党工委副书记、管委会副主任")}


def test_a_post_in_a_parks_management_centre_leads_the_park(extract):
    assert extract("河北工业大学科技园管理中心主任苑光明，副主任管啸天，亲自接待了一行人。") == {
        ("苑光明", "leads", "河北工业大学科技园", "管理中心主任"),
        ("管啸天", "leads", "河北工业大学科技园", "副主任"),
    }


def test_projects_listed_as_visited_in_a_zone_name_its_companies(extract):
    triples = extract("领导一行到清远高新区观摩，先后来到聚石科技、华冠光电、明和电子等14个在建或投产项目现场。清远高新区将优化服务。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"聚石科技", "华冠光电", "明和电子"}
    # The verb nearest the first name opens the list, however long the words before it.
    triples = extract("市人大常委会调研组到清远高新区调研。市人大常委会调研组一行深入宏达电子、中科星时代等重点项目建设现场。清远高新区将优化服务。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"宏达电子", "中科星时代"}


def test_a_county_named_by_the_zone_is_a_place_wherever_it_stands_alone(extract):
    triples = extract("招才大会在溧阳高新区举行。副市长王明说，溧阳出台了人才新政“金十条”。溧阳高新区将实施“凤栖工程”。")
    assert ("溧阳高新区", "locatedIn", "溧阳", "") in triples
    # The county acts on its own: its policy is not the zone's.
    assert {t[2] for t in triples if t[1] == "implements"} == {"凤栖工程"}


def test_a_zone_named_by_its_city_and_trade_is_one_zone_at_home_in_the_city(extract):
    triples = extract("常州市召开推进会。常州化工经济开发区党工委书记王明出席。常州化工经济开发区将建立“企业吹哨”机制。")
    assert ("王明", "leads", "常州化工经济开发区", "党工委书记") in triples
    assert ("常州化工经济开发区", "locatedIn", "常州市", "") in triples


def test_a_zone_counted_as_one_of_a_class_has_no_name(extract):
    triples = extract("记者走访了一家国家级经济技术开发区。武汉经济技术开发区推行“企业吹哨、部门报到”机制，效果明显。")
    assert {t[0] for t in triples if t[1] == "implements"} == {"武汉经济技术开发区"}


def test_quotes_that_abbreviate_describe_or_sit_in_a_title_are_not_measures(extract):
    triples = extract(
        "走进合肥经济技术开发区（以下简称“合肥经开区”）政务服务中心，合肥经开区叫响“办事不求人、服务零距离”的“两零”品牌，"
        "印发《“一件事一次办”工作实施方案》，承载着合肥“制造强市”的梦想，并举办“数字赋能”产业对接会。"
    )
    assert {t[2] for t in triples if t[1] == "implements"} == {"两零", "“一件事一次办”工作实施方案"}


def test_this_company_refers_to_the_nearest_name_ending_in_company(extract):
    triples = extract("中国建材进出口总公司和中国农业机械化科学研究院入驻西安高新区。该公司总经理刘强表示将加大投资。")
    assert ("刘强", "worksFor", "中国建材进出口总公司", "总经理") in triples


def test_named_mechanisms_heading_a_list_are_measures_and_the_count_is_not(extract):
    triples = extract("南昌高新区完善三项工作机制，即：首办负责机制，由窗口牵头办理；跨部门会商机制，对于疑难问题集中会商。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"首办负责机制", "跨部门会商机制"}


def test_named_mechanisms_after_list_numbers_are_measures_and_the_section_title_is_not(extract):
    triples = extract("南昌高新区成立重点项目推进领导小组。三、工作机制 1、分工协作机制。明确成员分工。2、督查通报机制。每月通报进度。"
                      "（三）考核奖惩机制：纳入年度考核。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"分工协作机制", "督查通报机制", "考核奖惩机制"}


def test_a_named_system_opening_a_clause_with_a_verb_of_setting_up_is_a_measure(extract):
    triples = extract("南昌高新区持续优化服务。企业服务专员制度建立于2020年，已覆盖区内企业。")
    assert ("南昌高新区", "implements", "企业服务专员制度", "") in triples


def test_departments_listed_after_a_body_of_the_zone_are_its_bodies(extract):
    triples = extract("由此，市高新区投资促进局、环境保护和城市管理局、科技创新局等部门的审批事项转至行政审批局。市高新区在湛江市。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {
        "湛江高新区投资促进局", "湛江高新区环境保护和城市管理局", "湛江高新区科技创新局"
    }


def test_a_name_said_to_be_one_enterprise_of_the_zone_is_a_company_there(extract):
    triples = extract("合肥高新区举行新品发布活动。华芯微电是合肥高新区一家集成电路设计服务商，产品已批量出货。合肥高新区将加大扶持。")
    assert ("华芯微电", "locatedIn", "合肥高新区", "") in triples


def test_a_name_in_single_quotes_inside_speech_is_a_measure_and_a_theme_is_not(extract):
    triples = extract(
        "苏州高新区举办以“助企纾困、共谋发展”为主题的座谈会。"
        "“去年起，我们建立了‘政企早餐会’工作机制，定期听取企业意见。”苏州高新区经发局负责人说。"
    )
    assert {t[2] for t in triples if t[1] == "implements"} == {"政企早餐会"}


def test_parks_in_a_document_title_or_a_quoted_title_are_no_parks(extract):
    triples = extract(
        "无锡高新区印发《无锡高新区建设太湖湾科创带·人才行动方案》。无锡高新区是全省“创新发展园区”、“智能制造产业园区”，"
        "正争创“世界一流科技园区”。无锡高新区的传感网产业园已入驻企业80家。"
    )
    assert {t[0] for t in triples if t[1] == "partOf"} == {"传感网产业园"}


def test_a_post_of_a_company_written_with_de_is_at_the_company(extract):
    triples = extract("苏州高新区举行签约仪式。华星光电科技有限公司的总经理张强表示，将在苏州高新区追加投资。")
    assert ("张强", "worksFor", "华星光电科技有限公司", "总经理") in triples


def test_a_city_committee_post_names_the_city_the_zone_is_in(extract):
    triples = extract("丽水经济技术开发区举行签约仪式。丽水市委副书记王华出席。")
    assert ("丽水经济技术开发区", "locatedIn", "丽水市", "") in triples


def test_posts_before_a_comma_with_no_name_of_their_own_belong_to_the_next_name(extract):
    text = "宁波高新区与杭州远航（集团）有限公司董事长、总经理，萧山开发区管委会副主任周立新座谈。"
    triples = extract(text)
    assert ("周立新", "worksFor", "杭州远航（集团）有限公司", "董事长、总经理") in triples
    assert ("周立新", "leads", "萧山开发区", "管委会副主任") in triples
    # A clause that ends with its own name keeps its posts.
    text = "宁波高新区举行签约仪式。宁波市副市长李明，杭州远航科技有限公司总经理周立新出席。"
    assert not [t for t in extract(text) if t[0] == "周立新" and t[2] != "杭州远航科技有限公司"]


def test_companies_listed_after_the_park_a_clause_opens_with_are_in_that_park(extract):
    text = ("7月2日，长沙经济技术开发区星沙科技园项目集中开工。"
            "星沙科技园此次开工的企业中有2家是智能制造企业（湖南远航科技有限公司、长沙金石机械有限公司）。")
    triples = extract(text)
    assert ("湖南远航科技有限公司", "locatedIn", "星沙科技园", "") in triples
    assert ("长沙金石机械有限公司", "locatedIn", "星沙科技园", "") in triples


def test_parks_in_a_list_of_enterprises_leave_the_other_items_companies(extract):
    triples = extract("蚌埠高新区迎来考察团。考察团先后来到瑞康生物、金石航空、氢能产业园等高新区重点企业及项目。")
    assert ("瑞康生物", "locatedIn", "蚌埠高新区", "") in triples
    assert ("金石航空", "locatedIn", "蚌埠高新区", "") in triples
    assert ("氢能产业园", "partOf", "蚌埠高新区", "") in triples


def test_a_verb_inside_a_zones_name_triggers_no_measure(extract):
    triples = extract("市开发区跑出项目建设“加速度”。今年以来，宜昌经济技术开发区加快发展。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_quote_right_after_a_zones_name_is_the_zones_campaign(extract):
    triples = extract("7月8日，宜昌经济技术开发区“奋战三季度”攻坚行动全面展开。")
    assert ("宜昌经济技术开发区", "implements", "奋战三季度", "") in triples
    # After 全区 (the zone's anaphor) a quote may describe anything the zone holds dear.
    triples = extract("宜昌经济技术开发区加快发展，将招商引资作为全区“一号工程”。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_far_citys_company_whose_officer_the_zone_meets_is_a_visitor(extract):
    text = "宜昌经济技术开发区加快招商。党工委书记刘强与杭州远航电器公司总经理周立新等座谈。宜昌经济技术开发区将做好服务。"
    triples = extract(text)
    assert ("周立新", "worksFor", "杭州远航电器公司", "总经理") in triples
    assert not [t for t in triples if t[0] == "杭州远航电器公司"]
    # At a signing, the far company is the investor that settles.
    text = "宜昌经济技术开发区举行签约仪式。杭州远航电器公司总经理周立新出席签约仪式。宜昌经济技术开发区将做好服务。"
    assert ("杭州远航电器公司", "locatedIn", "宜昌经济技术开发区", "") in extract(text)


def test_a_post_written_after_the_name_of_an_organisations_person_is_held_there(extract):
    triples = extract("宜昌经济技术开发区项目集中开工，大会由经济开发区刘强主任主持，远航科技有限公司周立新董事长致辞。")
    assert ("刘强", "leads", "宜昌经济技术开发区", "主任") in triples
    assert ("周立新", "worksFor", "远航科技有限公司", "董事长") in triples


def test_words_before_a_preposition_are_not_the_organisation_of_a_post(extract):
    triples = extract("宜昌经济技术开发区项目开工。开工仪式由区党工委副书记、区管委会副主任刘强主持。")
    assert ("刘强", "leads", "宜昌经济技术开发区", "党工委副书记、管委会副主任") in triples


def test_a_name_listed_right_after_another_shares_its_posts(extract):
    triples = extract("宜昌经济技术开发区举行签约仪式，管委会副主任刘强、周立新参加活动。")
    assert ("刘强", "leads", "宜昌经济技术开发区", "管委会副主任") in triples
    assert ("周立新", "leads", "宜昌经济技术开发区", "管委会副主任") in triples


def test_a_name_after_a_post_that_ends_like_a_place_is_still_a_name(extract):
    triples = extract("考察团来我区考察，区委副书记刘涛，开发区管委会主任孙殿镇陪同。开发区将做好服务。")
    # The unnamed zone is told apart by its article; its committee reads as written.
    assert ("孙殿镇", "leads", "开发区（t.txt）", "管委会主任") in triples
    assert ("开发区管委会", "partOf", "开发区（t.txt）", "") in triples


def test_companies_met_after_the_zones_team_travels_to_a_far_city_are_not_the_zones(extract):
    text = ("宜昌经济技术开发区加快招商。党工委书记刘强带队奔赴深圳拜访投资方，与远航集团、金石集团进行了深入沟通。\n"
            "宜昌经济技术开发区将做好服务，瑞康集团等企业落户宜昌经济技术开发区。")
    triples = extract(text)
    assert not [t for t in triples if t[0] in ("远航集团", "金石集团")]
    assert ("瑞康集团", "locatedIn", "宜昌经济技术开发区", "") in triples


def test_companies_visited_for_door_knocking_promotion_are_prospects_not_the_zones(extract):
    courted = extract("宜昌经济技术开发区加快招商。宜昌经济技术开发区走访了远航集团、金石化工等知名企业30多户，"
                      "进行叩门招商，效果显著。")
    assert not [t for t in courted if t[1] == "locatedIn"]
    own = extract("宜昌经济技术开发区加快招商。宜昌经济技术开发区走访了远航集团、金石化工等企业，了解生产情况。")
    assert {t[0] for t in own if t[1] == "locatedIn"} == {"远航集团", "金石化工"}


def test_a_described_company_word_after_a_zone_is_not_part_of_the_companys_name(extract):
    triples = extract("宜昌经济技术开发区重点企业瑞康集团加快建设。宜昌经济技术开发区将做好服务。")
    assert ("瑞康集团", "locatedIn", "宜昌经济技术开发区", "") in triples


def test_a_conjunction_after_a_name_is_not_part_of_it(extract):
    # The tagger reads 何维及 as one name here.
    triples = extract("宜昌经济技术开发区党工委书记刘强率队座谈。宜昌经济技术开发区管委会副主任何维及各部门负责人参加。")
    assert ("何维", "leads", "宜昌经济技术开发区", "管委会副主任") in triples


def test_a_class_of_incubators_is_no_park(extract):
    triples = extract("宜昌经济技术开发区将建设成集科技企业孵化器、中小企业总部基地于一体的产业社区。")
    assert not [t for t in triples if t[1] == "partOf"]


def test_names_listed_before_a_shared_head_after_a_verb_are_each_a_measure(extract):
    triples = extract("三门经济开发区探索多图联审、联合踏勘、区域评估等审批改革，开展招商、服务等工作。")
    measures = {t[2] for t in triples if t[1] == "implements"}
    assert measures == {"多图联审", "联合踏勘", "区域评估"}
    # One name before 等 and a head is not a list: it needs a head of its own.
    assert not extract("三门经济开发区推行多图联审等制度。")


def test_an_advanced_manufacturing_development_zone_is_a_zone_and_bare_kaifaqu_is_it(extract):
    triples = extract("鄢陵县先进制造业开发区持续优化营商环境。开发区建立“一窗受理”机制。")
    assert ("鄢陵县先进制造业开发区", "implements", "一窗受理", "") in triples


def test_utility_and_state_capital_companies_and_a_bylines_outlet_are_no_named_companies(extract):
    text = ("（江城日报传媒集团记者李明）三门经济开发区成立国有资本运营管理公司，并与供电公司、快递公司对接。"
            "三门经济开发区将做好服务。")
    assert not [t for t in extract(text) if t[1] == "locatedIn" and t[2] == "三门经济开发区"]


def test_a_speakers_standing_before_the_zone_is_not_part_of_its_name(extract):
    triples = extract("会上，市人大代表三门经济开发区党委副书记、管委会副主任王立新发言。")
    assert ("王立新", "leads", "三门经济开发区", "党委副书记、管委会副主任") in triples


def test_quoted_industries_and_achievements_are_not_measures(extract):
    triples = extract("三门经开区以“两个百亿级产业”牵引招商，成功实现“三连升”的新突破，推行“一窗通办”。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"一窗通办"}


def test_a_post_in_a_department_of_a_companys_project_is_a_post_at_the_company(extract):
    text = "三门经济开发区项目建设提速。“项目进展顺利。”华拓科技新能源动力电池研发生产基地项目综合管理部经理刘芳介绍。"
    triples = extract(text)
    assert ("刘芳", "worksFor", "华拓科技", "综合管理部经理") in triples
    assert not [t for t in triples if "项目" in t[0] or "项目" in t[2]]


def test_the_head_of_a_companys_project_works_for_the_company(extract):
    triples = extract("三门经济开发区新建政务大厅启用。华拓医药有限公司医药中间体项目负责人刘芳说，审批很顺畅。")
    assert ("刘芳", "worksFor", "华拓医药有限公司", "医药中间体项目负责人") in triples


def test_a_bare_company_post_opening_the_clause_after_a_visited_company_is_held_there(extract):
    triples = extract("高新区管委会主任王刚一行莅临华兴股份参观考察，董事长张明陪同接待。高新区将做好服务。")
    assert ("张明", "worksFor", "华兴股份", "董事长") in triples


def test_an_engineer_of_a_government_body_works_for_no_company(extract):
    assert not extract("温州市经信局总工程师张建东参加活动。高新区将做好服务。")


def test_a_post_in_a_plant_unit_is_at_the_company_named_last(extract):
    triples = extract("笔者走进华兴电气有限公司生产车间，工人们正忙着生产。该公司不断抢抓订单。车间负责人何丽菊告诉记者，订单比较多。")
    assert ("何丽菊", "worksFor", "华兴电气有限公司", "车间负责人") in triples


def test_the_head_of_a_companys_division_works_for_the_company(extract):
    assert extract("华兴科技有限公司技术负责人吴刚表示，订单充足。") == {("吴刚", "worksFor", "华兴科技有限公司", "技术负责人")}


def test_a_post_in_a_department_right_after_a_companys_name_is_a_post_at_the_company(extract):
    office = extract("泉惠石化工业园区加快发展。华兴石化有限公司办公室副主任黄明告诉记者，管道与工厂相连。")
    assert ("黄明", "worksFor", "华兴石化有限公司", "办公室副主任") in office
    assert not [t for t in office if t[1] in ("leads", "partOf")]
    department = extract("清远高新区企业华兴科技有限公司人力资源部部长李明说，订单很多。")
    assert ("李明", "worksFor", "华兴科技有限公司", "人力资源部部长") in department
    assert not [t for t in department if t[1] in ("leads", "partOf")]


def test_a_chemical_park_is_a_park_and_a_list_never_runs_across_deng(extract):
    text = ("三门经济开发区金港化工园区12家企业反映物流难题。园区组织华峰化学、东岳新材等企业代表和圆通、韵达等快递公司座谈，"
            "最终促成申通、极兔等3家企业入驻。")
    triples = extract(text)
    assert ("金港化工园区", "partOf", "三门经济开发区", "") in triples
    companies = {t[0] for t in triples if t[1] == "locatedIn"}
    assert {"申通", "极兔"} <= companies
    assert not [c for c in companies if "等" in c or "促成" in c]


def test_a_strategy_the_zone_adopts_is_a_measure(extract):
    triples = extract("三门经济开发区创新采用“清单式公开”策略，回应企业诉求。")
    assert ("三门经济开发区", "implements", "清单式公开", "") in triples


def test_a_company_written_before_the_place_of_its_park_owns_the_park_and_keeps_its_post(extract):
    text = "故城县经济开发区举行项目观摩。宏达集团故城化工园区招商副总经理何明汇报了项目情况。"
    triples = extract(text)
    assert ("何明", "worksFor", "宏达集团", "故城化工园区招商副总经理") in triples


def test_quotes_naming_a_layout_or_a_focus_are_not_measures(extract):
    text = ("三门经开区形成“一核两翼、多点支撑”的产业发展新格局，构建“3+3”制造业发展格局，"
            "以“芯谷、药港”为招商重心，推行“一窗通办”。")
    assert {t[2] for t in extract(text) if t[1] == "implements"} == {"一窗通办"}


def test_days_the_zone_designates_ideas_it_holds_and_systems_it_builds_up_are_measures(extract):
    text = ("三门经开区建立健全企业服务专员机制，将每月8日定为“企业接待日”，牢固树立“项目为先”理念，"
            "充分运用园区智慧招商平台，做实“三门速办”政务服务品牌，实施“2135”强基工程，健全联动工作机制。")
    measures = {t[2] for t in extract(text) if t[1] == "implements"}
    assert measures == {"企业服务专员机制", "企业接待日", "项目为先", "园区智慧招商平台", "三门速办", "2135"}


def test_a_quoted_park_being_built_is_no_measure_and_a_bracketed_region_stays_in_a_companys_name(extract):
    text = ("高新区党工委副书记、管委会主任王立新一行赴华瑞（唐山）科技集团有限公司开展调研，要求加快“中欧智能装备示范园区”建设。"
            "王立新强调，高新区将做好服务。高新区将支持企业发展。")
    triples = extract(text)
    assert not [t for t in triples if t[1] == "implements"]
    assert ("华瑞（唐山）科技集团有限公司", "locatedIn", "高新区（t.txt）", "") in triples
    triples = extract("三门经开区积极探索“飞地园区”模式。")
    assert ("三门经开区", "implements", "飞地园区", "") in triples


def test_a_district_run_as_one_with_the_zone_in_brackets_acts_for_the_zone(extract):
    text = "湖北省武汉市东西湖区（武汉临空港经济技术开发区）优化营商环境。东西湖区持续推进“一窗通办”改革。"
    assert ("临空港经济技术开发区", "implements", "一窗通办", "") in extract(text)
    # Without the brackets the district is another actor, and the slogan is the district's.
    text = "武汉临空港经济技术开发区优化营商环境。东西湖区持续推进“一窗通办”改革。"
    assert not [t for t in extract(text) if t[1] == "implements"]


def test_a_short_name_note_between_an_organisation_and_its_post_belongs_to_neither(extract):
    triples = extract("9月5日，宁远高新区党工委书记、管委会（以下简称“管委会”）主任孙明华，"
                      "恒远电子科技有限公司（以下简称“恒远电子”）副总经理李建国出席会议。")
    assert ("孙明华", "leads", "宁远高新区", "党工委书记、管委会主任") in triples
    assert ("宁远高新区管委会", "partOf", "宁远高新区", "") in triples
    assert ("李建国", "worksFor", "恒远电子科技有限公司", "副总经理") in triples


def test_companies_leading_a_cluster_are_in_the_park_or_zone_their_sentence_opens_with(extract):
    triples = extract("宁阳经济开发区现辖精细化工产业园、临港物流产业园，已形成以恒泰化学为龙头的染料产业集群。"
                      "临港物流产业园以新宇集团、华海物流为龙头，以汽车产业为龙头的产业正在培育。")
    assert {t for t in triples if t[1] == "locatedIn"} == {
        ("恒泰化学", "locatedIn", "宁阳经济开发区", ""),
        ("新宇集团", "locatedIn", "临港物流产业园", ""), ("华海物流", "locatedIn", "临港物流产业园", ""),
    }


def test_a_cluster_sentence_with_no_subject_goes_on_about_the_park_the_sentence_before_opened_with(extract):
    triples = extract("宁阳经济开发区发展迅速。目前，临港物流产业园注册企业40家，其中规模以上企业12家。"
                      "已初步形成以新宇集团为龙头的物流产业集群。")
    assert ("新宇集团", "locatedIn", "临港物流产业园", "") in triples
    # In a new paragraph the sentence speaks for itself: the company stays the article zone's.
    triples = extract("宁阳经济开发区发展迅速。目前，临港物流产业园注册企业40家。\n已初步形成以新宇集团为龙头的物流产业集群。"
                      "宁阳经济开发区将继续招商。")
    assert {t for t in triples if t[0] == "新宇集团"} == {("新宇集团", "locatedIn", "宁阳经济开发区", "")}


def test_a_body_before_a_post_and_a_rank_joined_by_a_mark_is_led_by_the_name_after_them(extract):
    triples = extract("宁远经开区人力资源局局长、三级调研员王建,招商局副局长、四级调研员李明及相关部门负责人陪同考察。")
    assert ("李明", "leads", "宁远经开区招商局", "副局长") in triples
    assert ("宁远经开区招商局", "partOf", "宁远经开区", "") in triples


def test_a_numbered_body_of_a_kind_is_a_body(extract):
    triples = extract("宁远高新区召开招商大会,招商二局局长李明介绍了在谈项目。")
    assert ("李明", "leads", "宁远高新区招商二局", "局长") in triples


def test_names_with_posts_listed_after_an_organisation_all_hold_their_post_there(extract):
    triples = extract("宁远高新区管委会王建书记、李明主任等领导一行走访企业。")
    assert {t for t in triples if t[1] == "leads"} == {
        ("王建", "leads", "宁远高新区", "管委会书记"), ("李明", "leads", "宁远高新区", "管委会主任"),
    }


def test_every_body_of_a_list_of_departments_going_on_from_the_zones_own_is_the_zones(extract):
    triples = extract("企业代表和宁远高新区经济运行局、科技人才局、发展规划局等部门负责人围坐在一起。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {"宁远高新区经济运行局", "宁远高新区科技人才局", "宁远高新区发展规划局"}


def test_a_list_of_enterprises_names_each_company_without_the_conjunction_before_the_last(extract):
    triples = extract("宁远高新区管委会主任王建走访了泰昌健康科技有限公司、华锐重机以及中联重科奉贤分公司等企业。宁远高新区将做好服务。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"泰昌健康科技有限公司", "华锐重机", "中联重科奉贤分公司"}
    triples = extract("宁远高新区管委会主任王建走访了泰昌健康科技有限公司、三一重机以及中联重科奉贤分公司等8家企业。宁远高新区将做好服务。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"泰昌健康科技有限公司", "三一重机", "中联重科奉贤分公司"}


def test_posts_listed_before_a_visit_are_people_not_companies(extract):
    triples = extract("宁远高新区召开推进会。县委常委、办公室主任李晓平等一行莅临新华集团考察，宁远高新区将做好服务。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"新华集团"}


def test_a_zone_or_park_written_after_formerly_is_named_without_it(extract):
    triples = extract("宁阳经济开发区简介。2012年，原宁阳经济开发区整合更名。目前，经济开发区管理高铁产业园和临港物流产业园。")
    assert ("高铁产业园", "partOf", "宁阳经济开发区", "") in triples
    assert not [t for t in triples if "原" in t[0] + t[2]]


def test_names_listed_before_settling_in_a_quoted_park_are_companies_of_that_park(extract):
    triples = extract("宁阳经济开发区持续优化营商环境，今年新落户企业12家。"
                      "其中恒通、瑞达机电入驻“智能制造产业园”；金禾食品、丰源包装入驻“创业园”。")
    assert {t for t in triples if t[1] == "locatedIn"} == {
        ("恒通", "locatedIn", "智能制造产业园", ""), ("瑞达机电", "locatedIn", "智能制造产业园", ""),
        ("金禾食品", "locatedIn", "创业园", ""), ("丰源包装", "locatedIn", "创业园", ""),
    }


def test_unnamed_companies_and_public_works_listed_as_projects_are_no_companies(extract):
    triples = extract("宁阳经济开发区持续优化营商环境。位于开发区的某电子有限公司今年产值过亿，多家跨国公司前来考察。"
                      "调研组考察了兴业路、清河大桥等在建项目。")
    assert triples == set()


def test_a_quoted_project_is_no_measure_and_an_industrial_concentration_area_is_a_park(extract):
    triples = extract("宁阳经济开发区持续优化营商环境。建设中的恒达“新能源电池产业化项目”进展顺利。东海科技有限公司项目落地青山工业集中区。")
    assert triples == {("东海科技有限公司", "locatedIn", "青山工业集中区", "")}


def test_a_zone_tagged_as_one_word_keeps_its_name_and_kinds_of_park_are_not_names(extract):
    triples = extract("榆次中北高新区新增3家企业园。该区老牌工业园区和综合性工业园区共有企业百余家。三明高新区金沙园今年新增企业。")
    assert triples == {("金沙园", "partOf", "三明高新区", "")}
    triples = extract("太原中北高新区新添3家省级中小企业园。4月21日中北高新区消息，该区广立工业园被认定为省级中小企业园。")
    assert ("中北高新区", "locatedIn", "太原", "") in triples


def test_supporting_themed_and_provincial_parks_are_kinds_and_a_chemical_park_is_a_park(extract):
    triples = extract("苏州高新区先后申报了多个配套产业园区，开展主题产业园招商，发挥省科企孵化器功能。"
                      "在苏州高新区的配套园区里面，我们的长江化工园吸纳了23家化工企业。")
    assert triples == {("长江化工园", "partOf", "苏州高新区", "")}


def test_a_park_name_leaves_out_its_size_and_may_end_in_an_innovation_park(extract):
    triples = extract("开发区将加快中德（常州）创新产业园和300亩智谷科技产业园建设。开发区今年签约项目7个。")
    assert ("中德（常州）创新产业园", "partOf", "开发区（t.txt）", "") in triples
    assert ("智谷科技产业园", "partOf", "开发区（t.txt）", "") in triples


def test_an_unnamed_zone_is_in_the_city_the_article_names_alone_twice_not_in_cities_it_courts(extract):
    triples = extract("开发区今年签约项目7个。开发区是滁州对接长三角的重要平台。从苏州迁到滁州的企业越来越多。")
    assert ("开发区（t.txt）", "locatedIn", "滁州", "") in triples
    triples = extract("开发区今年签约项目7个，并设立深圳经贸联络处。开发区深耕深圳、北京、上海等地。开发区将加快建设。")
    assert not [t for t in triples if t[1] == "locatedIn"]


def test_quotes_naming_what_a_park_carries_are_no_measures_and_registering_a_company_names_none(extract):
    triples = extract("宁阳经济开发区现辖三个园区。物流园作为开发区“筑巢引凤”“产业集聚”的重要载体，吸引企业60家。"
                      "公司在宁阳成立注册公司后入驻临港经济园。")
    assert ("临港经济园", "partOf", "宁阳经济开发区", "") in triples
    assert not [t for t in triples if t[1] == "implements" or t[0] == "注册公司"]


def test_names_listed_before_a_count_of_enterprises_are_companies_and_some_companies_are_none(extract):
    triples = extract("日前，专家组到开发区开展调研。专家组重点走访了太平洋精锻、振华泵业和海龙电器3家代表性机械制造企业。"
                      "开发区引进了恒大和万科2家企业。部分国企子公司入驻开发区。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"太平洋精锻", "振华泵业", "海龙电器", "恒大", "万科"}


def test_a_park_whose_committees_are_written_by_its_kind_alone_is_run_as_the_zone(extract):
    text = ("4月8日，市领导到石门工业集中区调研。随后在集中区管委会召开座谈会，集中区党工委书记张明汇报了发展情况。"
            "园区内的新源电子等企业生产经营良好。")
    triples = extract(text)
    assert ("张明", "leads", "石门工业集中区", "党工委书记") in triples
    assert ("石门工业集中区管委会", "partOf", "石门工业集中区", "") in triples


def test_a_park_named_in_full_before_its_committee_stays_a_park(extract):
    triples = extract("宝坻石桥工业园区管理委员会主任王为民出席活动。")
    assert triples == {("王为民", "leads", "宝坻石桥工业园区", "管理委员会主任")}


def test_a_park_named_in_full_before_its_committee_in_an_article_about_it_is_run_as_a_zone(extract):
    triples = extract("记者从海城工业园区管理委员会获悉，园区已落实签约项目7项。海城工业园区将推动项目尽早落地。")
    assert ("海城工业园区管理委员会", "partOf", "海城工业园区", "") in triples


def test_a_park_run_by_its_committee_is_one_zone_with_or_without_its_countys_division_word(extract):
    triples = extract("剑河县工业园区企业加快生产。剑河县工业园区管理委员会主任龙江表示，剑河工业园区将做好服务。")
    zones = {t[2] for t in triples}
    assert len(zones) == 1 and zones <= {"剑河县工业园区", "剑河工业园区"}



def test_a_parks_management_service_centre_names_the_park_of_the_zone(extract):
    triples = extract("清远高新区下设百嘉产业园管理服务中心，负责园区日常管理。")
    assert ("百嘉产业园", "partOf", "清远高新区", "") in triples

def test_the_word_for_the_park_does_not_open_a_park_name(extract):
    text = ("3月5日，代表团来园区东岭化工产业集中区考察，园区党工委副书记、管委会主任李松陪同。"
            "东岭工业园区将继续优化服务。")
    triples = extract(text)
    assert ("东岭化工产业集中区", "partOf", "东岭工业园区", "") in triples
    assert ("李松", "leads", "东岭工业园区", "党工委副书记、管委会主任") in triples


def test_posts_in_the_district_party_committee_lead_nothing_of_the_zone(extract):
    text = "区委书记王强到南湖高新区调研。区委常委、区委办主任陈立、副区长赵平陪同调研。南湖高新区将加快发展。"
    assert not [t for t in extract(text) if t[0] in ("陈立", "赵平")]


def test_a_name_does_not_keep_the_first_character_of_the_word_after_it(extract):
    triples = extract("隆安高新区党工委副书记田文平实地调研隆安高新区项目建设情况。")
    assert ("田文平", "leads", "隆安高新区", "党工委副书记") in triples


def test_a_park_written_inside_another_parks_name_is_a_park_of_its_own(extract):
    text = "高新区负责人先后参观了高新区金沙园区华源集团西南产业园等现场。高新区将加快园区建设。"
    parks = {t[0] for t in extract(text) if t[1] == "partOf"}
    assert "华源集团西南产业园" in parks
    assert not [p for p in parks if p.startswith("金沙园区华源")]


def test_a_verb_of_building_before_a_comma_does_not_make_the_zone_a_description(extract):
    text = "梅河口经济开发区狠抓项目建设。在软环境建设上，梅河口经济开发区推行“一窗受理”服务。"
    assert extract(text) == {("梅河口经济开发区", "implements", "一窗受理", "")}


def test_a_lone_character_the_tagger_read_as_a_verb_before_project_ends_the_company_name(extract):
    text = "梅岭经济开发区的恒一锂能项目正式投产。梅岭经济开发区将做好服务。"
    assert ("恒一锂能", "locatedIn", "梅岭经济开发区", "") in extract(text)


def test_a_platform_company_is_a_kind_of_company(extract):
    text = "梅岭经济开发区召开会议。会议指出，梅岭经济开发区要重点做强平台公司，实现高质量发展。"
    assert not [t for t in extract(text) if t[0] == "平台公司"]


def test_a_park_named_after_a_company_whose_name_opens_with_one_is_a_park(extract):
    text = "梅河口经济开发区狠抓项目建设。投资10亿元的一汽四环工业园，建成了仓储配送中心。梅河口经济开发区将做好服务。"
    assert ("一汽四环工业园", "partOf", "梅河口经济开发区", "") in extract(text)


def test_the_park_word_alone_before_its_committee_is_the_articles_unnamed_zone(extract):
    text = "9月3日上午，产业园区管委会主任田宏斌带领业务科室走访企业。先后来到安康药业有限公司现场，听取企业汇报。"
    triples = extract(text)
    assert ("田宏斌", "leads", "产业园区（t.txt）", "管委会主任") in triples
    assert ("产业园区管委会", "partOf", "产业园区（t.txt）", "") in triples


def test_names_listed_beside_a_company_are_companies(extract):
    text = "3月9日，区委书记到石门工业集中区调研。他先后到华能翔宇、青松新能源、远华集团调研企业生产经营情况。集中区党工委书记张明陪同。"
    companies = {t[0] for t in extract(text) if t[1] == "locatedIn"}
    assert {"华能翔宇", "青松新能源", "远华集团"} <= companies


def test_people_listed_with_their_posts_beside_a_company_are_not_companies(extract):
    text = "梅河口经济开发区召开座谈会。华能集团、党委书记李明、副主任王强出席。梅河口经济开发区将做好服务。"
    companies = {t[0] for t in extract(text) if t[1] == "locatedIn"}
    assert not companies & {"党委书记李明", "副主任王强", "党委书记", "副主任"}


def test_a_policy_title_on_the_first_line_that_the_text_calls_itself_is_the_zones_measure(extract):
    text = ("梅河口经济开发区优化营商环境三年行动方案\n"
            "为深化改革，持续激发市场主体活力，结合实际，制定本行动方案。\n一、开展“一证多址”改革。")
    assert ("梅河口经济开发区", "implements", "梅河口经济开发区优化营商环境三年行动方案", "") in extract(text)
    city = ("梅河口市优化营商环境三年行动方案\n为深化改革，结合梅河口经济开发区实际，制定本行动方案。")
    assert not [t for t in extract(city) if t[1] == "implements"]



def test_a_policy_title_in_the_pages_name_field_that_the_text_calls_itself_is_the_zones_measure(extract):
    text = ("翠湖开发区营商环境改革局政府信息公开\n名称: 翠湖开发区优化营商环境行动方案\n"
            "为深化改革，结合广东省营商环境改革创新实验区建设实际，坚持“软环境”和“硬环境”双向发力，深化重点领域和关键环节改革，"
            "升级“翠湖Smile”营商品牌，制定本行动方案。")
    assert {t[2] for t in extract(text) if t[1] == "implements"} == {"翠湖开发区优化营商环境行动方案", "翠湖Smile"}


def test_a_companys_project_named_with_another_city_and_the_parks_it_runs_do_not_place_it(extract):
    triples = extract("济宁翠湖高新区管委会副主任林海峰一行考察了临沂青禾健康城产业园，对青禾高新临沂项目的成功落地表示肯定。"
                      "济宁翠湖高新区发展很快。济宁翠湖高新区再创佳绩。")
    assert not [t for t in triples if t[1] in ("locatedIn", "partOf") and "青禾" in t[0]]
    triples = extract("翠湖创新谷集团是翠湖高新区管委会出资成立的国有独资公司。翠湖高新区发展很快。翠湖高新区再创佳绩。")
    assert not [t for t in triples if t[0] == "国有独资公司"]


def test_a_body_written_once_with_another_citys_name_is_that_citys_wherever_written(extract):
    triples = extract("北京青禾园管委会与南阳市政府签订战略合作框架协议，共同推进在高新区建设科技产业园。"
                      "青禾园管委会主任林海峰与代市长王强代表双方签约。此前，高新区做了大量工作。")
    assert ("林海峰", "leads", "青禾园管委会", "主任") in triples
    assert not [t for t in triples if t[1] == "partOf" and "青禾园管委会" in t[0]]


def test_a_zone_written_as_its_short_kind_gao_qu_is_a_high_tech_zone(extract):
    triples = extract("11月17日，高区管委会与青禾产投集团签署战略合作协议。区党工委书记、管委会主任林海峰出席活动。")
    assert ("林海峰", "leads", "高新区（t.txt）", "党工委书记、管委会主任") in triples


def test_a_citys_platform_company_written_also_with_its_place_is_not_placed_in_the_zone(extract):
    triples = extract("翠湖高新区管委会与威海产投集团签署战略合作协议。威海产投集团董事长林海峰出席。"
                      "翠湖高新区将支持产投集团发展。市产投集团、青禾控股签订了基金投资意向协议。翠湖高新区发展很快。")
    assert not [t for t in triples if t[1] == "locatedIn" and "产投" in t[0]]
    assert ("林海峰", "worksFor", "威海产投集团", "董事长") in triples


def test_an_airport_zone_written_bare_is_the_articles_zone(extract):
    triples = extract("今年以来，航空港区市场监督管理局推行企业开办“秒批秒办”。航空港区实有各类市场主体73480户。")
    assert ("航空港区（t.txt）", "implements", "秒批秒办", "") in triples


def test_a_body_between_a_chains_mark_and_its_post_is_named_in_full(extract):
    triples = extract("临沂经开区党工委委员、管委会副主任、规划建设局局长周明远陪同调研。")
    assert ("周明远", "leads", "临沂经开区规划建设局", "局长") in triples
    assert ("临沂经开区规划建设局", "partOf", "临沂经开区", "") in triples
    triples = extract("座谈会上，临沂经开区管委会副主任孙立，纪检监察工委书记王立新出席。")
    assert ("王立新", "leads", "临沂经开区纪检监察工委", "书记") in triples


def test_a_town_or_an_office_in_a_city_chain_is_no_body_of_the_zone(extract):
    assert extract("咸阳市商务局党组成员、外资办主任李华带队来咸阳高新区调研。") == set()
    assert not [t for t in extract("随后，王家店镇副书记刘强介绍了园区情况。咸阳高新区很好。") if t[0] == "刘强"]


def test_a_civil_service_rank_between_post_and_name_keeps_the_post(extract):
    triples = extract("临沂经开区管委会副主任孙立，经济发展局局长、三级调研员陈立新陪同。")
    assert ("陈立新", "leads", "临沂经开区经济发展局", "局长") in triples


def test_the_legal_representative_works_for_the_company(extract):
    assert extract("青岛海润精工有限公司法定代表人胡波说。") == {("胡波", "worksFor", "青岛海润精工有限公司", "法定代表人")}


def test_parties_listed_with_a_zone_or_bodies_are_not_companies_placed_in_the_zone(extract):
    triples = extract("会议落实曲靖经济开发区、兵团分区、援疆前指、宏达港集团四方合作共建协议。"
                      "曲靖海关、曲靖经开区管委会、宏达港集团、中亚联运有限公司等单位负责同志参加会议。曲靖经开区发展很快。")
    assert not {t for t in triples if t[0] in ("兵团分区", "援疆前指", "宏达港集团", "中亚联运有限公司")}



def test_companies_toured_with_the_zones_own_service_centre_are_in_the_zone(extract):
    triples = extract("洛阳市政协副主席一行到经开区调研。一行先后来到经开区政务服务中心、洛阳华瑞新材料有限公司考察。"
                      "经开区党工委书记张伟陪同。")
    assert ("洛阳华瑞新材料有限公司", "locatedIn", "经开区（t.txt）", "") in triples

def test_a_trade_word_after_a_short_company_name_belongs_to_it_where_the_name_ends(extract):
    triples = extract("宜宾经开区今年加快项目建设。目前雨帆生物能源等重大项目基本建成，宜宾经开区发展很快。")
    assert triples == {("雨帆生物能源", "locatedIn", "宜宾经开区", "")}


def test_a_managing_partner_works_for_the_fund_not_for_its_management(extract):
    assert extract("红杉资本管理合伙人、总裁张明率团考察。") == {("张明", "worksFor", "红杉资本", "管理合伙人、总裁")}


def test_one_name_between_a_zone_and_deng_qiye_is_its_company_not_a_section(extract):
    triples = extract("张克勤一行还实地考察了经开区鑫源中科等企业。天水经开区很好。")
    assert triples == {("鑫源中科", "locatedIn", "天水经开区", "")}


def test_a_list_of_units_with_towns_and_offices_names_no_companies_beside_a_company(extract):
    triples = extract("会上，经开区管委会、市城投公司、王家店镇、罗庄街道、市自然资源局等单位作了发言。临沂经开区很好。")
    assert not [t for t in triples if t[0] in ("王家店镇", "罗庄街道", "市自然资源局")]


def test_fields_of_work_alone_before_a_mechanism_name_no_measure(extract):
    assert extract("临沂经开区将完善招商服务工作机制和服务企业工作机制。") == set()


def test_qualities_and_scopes_alone_before_a_head_name_no_measure(extract):
    assert extract("临沂经开区为企业建立全方位公共服务平台，实施重点改革。") == set()
    # … nor does a clause whose verb of providing runs on to the head (推进…转型升级提供崭新平台).
    assert extract("金华开发区将为加快低效工业用地处置、推进企业转型升级提供崭新平台。") == set()


def test_a_project_manager_works_for_no_company_named_after_the_project(extract):
    assert extract("临沂经开区新材料项目经理王建国说，项目进展顺利。") == set()


def test_companies_settling_in_the_base_referred_back_to_are_in_that_park(extract):
    triples = extract("临沂经开区将打造绿谷科技产业基地。该基地与华腾机械有限公司、博远石油有限公司签约，举行进驻基地仪式。")
    assert ("华腾机械有限公司", "locatedIn", "绿谷科技产业基地", "") in triples
    assert ("博远石油有限公司", "locatedIn", "绿谷科技产业基地", "") in triples
    # … and so is the park 该产业园 refers back to, when companies are introduced into it.
    triples = extract("位于临沂经开区的绿谷科技产业园正式揭牌。目前，该产业园已引入华腾电子、博远科技等4家公司。")
    assert ("华腾电子", "locatedIn", "绿谷科技产业园", "") in triples


def test_a_list_said_to_be_all_companies_of_one_kind_names_companies(extract):
    triples = extract("临沂经开区项目建设提速。临沂经开区集中签约项目3个，包括常州华腾、苏州博远、福建星海，均为新能源配套企业。")
    assert {s for s, p, o, _ in triples if p == "locatedIn" and o == "临沂经开区"} == {"常州华腾", "苏州博远", "福建星海"}


def test_partners_of_a_strategic_agreement_are_not_settled_in_the_park(extract):
    triples = extract("临沂经开区智谷科技园已与华腾机械有限公司签署了战略合作协议，为入园企业提供服务。")
    assert not any(p == "locatedIn" and s == "华腾机械有限公司" for s, p, _, _ in triples)


def test_a_company_name_with_a_bracketed_place_the_tagger_split_at_the_bracket_holds_its_post(extract):
    triples = extract("随后，宁滁(来安)建设有限公司总经理丁海波介绍了项目情况。")
    assert ("丁海波", "worksFor", "宁滁（来安）建设有限公司", "总经理") in triples


def test_a_bracketed_place_inside_a_company_name_read_with_the_suffix_keeps_the_name_whole(extract):
    triples = extract("华腾慧通(北京)科技有限公司联合创始人张卫玲出席。")
    assert ("张卫玲", "worksFor", "华腾慧通（北京）科技有限公司", "联合创始人") in triples


def test_a_party_committee_in_a_chain_ending_with_a_company_post_is_the_companys(extract):
    triples = extract("10月8日，华建安装党委书记、董事长钱正清率队来访。")
    assert ("钱正清", "worksFor", "华建安装", "党委书记、董事长") in triples
    triples = extract("合肥工业大学智能研究院党委书记、合肥长风科技有限公司董事长高明出席。")
    assert triples == {("高明", "worksFor", "合肥长风科技有限公司", "董事长")}



def test_a_post_written_after_the_possessive_de_is_at_the_organisation_before_it(extract):
    triples = extract("在苏州高新区服务平台留言后，杭州云帆信息技术有限公司的负责人陈立华表示满意。")
    assert ("陈立华", "worksFor", "杭州云帆信息技术有限公司", "负责人") in triples


def test_where_a_company_comes_from_said_in_two_characters_is_not_part_of_its_name(extract):
    triples = extract("港企华润微电子集团已提前入驻合肥经济技术开发区。")
    assert triples == {("华润微电子集团", "locatedIn", "合肥经济技术开发区", "")}


def test_where_a_company_comes_from_said_as_a_region_is_not_part_of_its_name(extract):
    triples = extract("中国台湾地区亿达公司已提前入驻合肥经济技术开发区。")
    assert triples == {("亿达公司", "locatedIn", "合肥经济技术开发区", "")}


def test_a_place_in_brackets_after_a_name_is_part_of_that_name_not_where_the_zone_is(extract):
    triples = extract("长治经济技术开发区对华晟(山西)二期、中联重科等重点项目试行“多评合一”。")
    assert triples == {("长治经济技术开发区", "implements", "多评合一", "")}


def test_projects_and_buildings_listed_before_deng_qiye_are_no_companies(extract):
    triples = extract("长治经开区推行“标准地”出让。长治经开区做到净地等项目、厂房等企业，服务很好。")
    assert triples == {("长治经开区", "implements", "标准地", "")}


def test_each_coordinated_measure_may_open_with_a_trigger_of_its_own(extract):
    triples = extract("淮北经济开发区通过深化财政体制改革、推进干部管理机制改革等，发展态势良好。")
    assert ("淮北经济开发区", "implements", "财政体制改革") in {t[:3] for t in triples}
    assert ("淮北经济开发区", "implements", "干部管理机制改革") in {t[:3] for t in triples}


def test_a_bonded_zone_is_a_zone(extract):
    assert extract("洋山保税区管委会召开会议。") == {("洋山保税区管委会", "partOf", "洋山保税区", "")}


def test_a_name_written_elsewhere_with_a_company_suffix_is_that_companys_short_name(extract):
    # 斗山科 ends like a section (科), but 斗山科公司 is written too; the country before it is no part of it.
    triples = extract("韩国斗山科公司在顺德高新区投资建设新工厂。斗山科总经理王强表示很满意。")
    assert triples == {("韩国斗山科公司", "locatedIn", "顺德高新区", ""), ("王强", "worksFor", "韩国斗山科公司", "总经理")}
    triples = extract("美国霍尼韦尔公司在顺德高新区投资建设新工厂。霍尼韦尔总经理王强表示很满意。")
    assert ("王强", "worksFor", "美国霍尼韦尔公司", "总经理") in triples


def test_a_zones_name_without_its_kind_before_a_committee_is_the_zone(extract):
    triples = extract("前海保税区管委会推出新举措。前海管委会党组成员、副主任周明告诉记者，做法很好。")
    assert ("周明", "leads", "前海保税区", "管委会党组成员、副主任") in triples


def test_quotes_after_a_colon_that_follows_a_word_for_ways_of_working_are_measures(extract):
    triples = extract("南沙保税区管委会介绍了两个新做法：“带方案招商”“定制化供地”。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"带方案招商", "定制化供地"}


def test_the_park_word_before_a_committee_is_the_last_park_named_before_it(extract):
    triples = extract("调研组抵达韶关产业转移工业园，与园区管委会主任刘强座谈。随后在东莞石龙(始兴)产业转移工业园，"
                      "与园区管委会副主任黄涛交流。")
    assert ("刘强", "leads", "韶关产业转移工业园", "管委会主任") in triples
    assert ("黄涛", "leads", "东莞石龙（始兴）产业转移工业园", "管委会副主任") in triples


def test_names_after_the_deng_that_closes_a_list_of_companies_are_not_its_siblings(extract):
    triples = extract("洛阳高新区组织座谈。贝塔、南山果业、国科量子等公司主要负责人、职工代表参加了座谈交流。洛阳高新区很好。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"贝塔", "南山果业", "国科量子"}


def test_a_verb_inside_a_noun_does_not_open_a_list_and_buildings_are_no_companies(extract):
    triples = extract("洛阳高新区组织座谈。随后调研组到华昌大厦、隆华科技产业园等企业走访。洛阳高新区很好。")
    assert triples == {("隆华科技产业园", "partOf", "洛阳高新区", "")}


def test_a_name_right_after_a_zone_given_a_short_form_is_the_zones_measure(extract):
    triples = extract("企业在武汉东湖高新区政企直通服务平台（以下简称“直通平台”）提交诉求后，很快得到回复。")
    assert ("武汉东湖高新区", "implements", "政企直通服务平台", "") in triples


def test_a_zone_said_to_lie_in_a_place_or_to_be_one_of_its_zones_is_there(extract):
    assert ("平原经开区", "locatedIn", "新乡市", "") in extract("郑州经开区很好。平原经开区位于新乡市北部。")
    assert ("平原经开区", "locatedIn", "新乡市", "") in extract("郑州经开区很好。平原经开区是新乡市首个省级经济开发区。")
    assert not [t for t in extract("郑州经开区很好。平原经开区是新乡市的骄傲。") if t[0] == "平原经开区"]


def test_a_memorandum_the_zone_signs_is_its_document(extract):
    triples = extract("晋城经济技术开发区与各部门签署《项目审批协作备忘录》。")
    assert ("晋城经济技术开发区", "implements", "项目审批协作备忘录", "") in triples


def test_a_department_of_a_company_named_after_the_zone_is_no_body(extract):
    triples = extract("南沙保税区推出新举措。南沙保税区公司招商服务中心总经理王海说。")
    assert not [t for t in triples if t[1] in ("partOf", "leads") and "招商服务中心" in t[0] + t[2]]


def test_words_describing_a_company_before_its_name_and_post_are_not_its_name(extract):
    triples = extract("亦庄经济技术开发区服务很好。新材料行业企业华清新材的总经理李强感慨地说。")
    assert ("李强", "worksFor", "华清新材", "总经理") in triples


def test_a_roster_names_people_before_their_organisations_and_posts(extract):
    triples = extract("鹤壁经济技术开发区工作领导小组成员如下：\n"
                      "组 长：周建国 鹤壁经济技术开发区管委会主任\n"
                      "副组长：王卫东（鹤壁经济技术开发区管委会副主任）\n"
                      "成 员：孙 明 财政局局长\n"
                      "韩立新 招商服务局局长\n"
                      "李春华 华鹤建设集团有限公司董事长、总经理")
    assert ("周建国", "leads", "鹤壁经济技术开发区", "管委会主任") in triples
    assert ("王卫东", "leads", "鹤壁经济技术开发区", "管委会副主任") in triples
    assert ("孙明", "leads", "鹤壁经济技术开发区财政局", "局长") in triples
    assert ("韩立新", "leads", "鹤壁经济技术开发区招商服务局", "局长") in triples
    assert ("李春华", "worksFor", "华鹤建设集团有限公司", "董事长、总经理") in triples


def test_directly_affiliated_companies_are_no_company(extract):
    triples = extract("东城街道办事处，机关各部门，各直属公司：为加快发展，鹤壁经济技术开发区决定成立领导小组。鹤壁经济技术开发区很好。")
    assert triples == set()


def test_parks_listed_after_a_bare_neighbouring_area_are_the_named_zones(extract):
    triples = extract("随州高新区优化服务。联合自贸区、综保区法庭，以及高新产业园、汽车产业园等园区的服务阵地，构建一体服务体系。随州高新区很好。")
    assert ("高新产业园", "partOf", "随州高新区", "") in triples
    assert ("汽车产业园", "partOf", "随州高新区", "") in triples


def test_the_spirit_of_a_meeting_a_column_or_a_debate_is_named_after_is_no_measure(extract):
    assert extract("宁波高新区很好。“北仑发布”开辟“贯彻落实区委十五届三次全会精神”宣传专栏，走进各镇。") == set()
    assert extract("宁波高新区开展“学习贯彻全会精神”大讨论。") == set()


def test_a_park_listed_beside_a_company_is_its_peer_not_its_place(extract):
    triples = extract("随州高新区招商成效明显，现已有华中智造产业园、金桥国际大酒店等一批大项目相继落地建设。")
    assert not [t for t in triples if t[0] == "金桥国际大酒店" and t[2] == "华中智造产业园"]


def test_the_parts_a_park_brings_together_are_no_measures(extract):
    assert extract("荆门高新区打造集标准厂房、研发中试楼、检测车间及公共服务平台等为一体的特色产业园。") == set()


def test_a_leading_group_is_a_body_its_head_and_deputy_lead(extract):
    triples = extract("7月15日，副市长、高新区建设领导小组副组长、高新区党工委副书记田文平调研汉中高新区。")
    assert ("田文平", "leads", "汉中高新区建设领导小组", "副组长") in triples
    assert ("田文平", "leads", "汉中高新区", "党工委副书记") in triples


def test_a_rosters_label_before_the_colon_does_not_hide_the_posts_after_the_name(extract):
    triples = extract("汉中高新区决定成立领导小组。\n副组长：周建国 汉中高新区管委会副主任")
    assert ("周建国", "leads", "汉中高新区", "管委会副主任") in triples


def test_the_maker_named_before_an_annual_output_is_a_company_of_the_zone(extract):
    triples = extract("宁远经开区新签约项目8个。其中既有华锐恒通年产200万只汽车轴承、明森部件年产30万套座椅骨架等项目，"
                      "又有创达玻璃年产50万平方米钢化玻璃项目。宁远经开区预计年产值超10亿元。")
    assert {t for t in triples if t[1] == "locatedIn" and t[2] == "宁远经开区"} == {
        ("华锐恒通", "locatedIn", "宁远经开区", ""), ("明森部件", "locatedIn", "宁远经开区", ""),
        ("创达玻璃", "locatedIn", "宁远经开区", ""),
    }


def test_an_organisation_followed_by_its_product_and_project_is_a_company_of_the_zone(extract):
    triples = extract("宁远经开区举行集中开工活动，会场所在的华腾电池项目投资4亿元。宁远经开区招商引资成效明显。")
    assert ("华腾", "locatedIn", "宁远经开区", "") in triples


def test_a_name_after_a_post_is_whole_when_the_tagger_reads_its_given_name_as_an_organisation(extract):
    triples = extract("会上，恒远智能装备股份有限公司董事长何清华，宁远电子有限公司总经理李北大，先后发言。")
    assert ("何清华", "worksFor", "恒远智能装备股份有限公司", "董事长") in triples


def test_a_short_name_in_brackets_between_a_company_and_a_post_belongs_to_neither(extract):
    triples = extract("宁远电子科技集团有限公司（宁远电子）董事长李明出席签约仪式。")
    assert ("李明", "worksFor", "宁远电子科技集团有限公司", "董事长") in triples


def test_a_project_phase_after_a_listed_name_is_not_part_of_the_company_name(extract):
    triples = extract("宁远经开区项目建设提速，恒泰一期、华腾二期、明森三期等一批项目实现竣工投产。宁远经开区将继续招商。")
    assert {t for t in triples if t[1] == "locatedIn"} == {
        ("恒泰", "locatedIn", "宁远经开区", ""), ("华腾", "locatedIn", "宁远经开区", ""), ("明森", "locatedIn", "宁远经开区", ""),
    }


def test_a_post_after_a_name_and_a_conjunction_belongs_to_the_organisation_after_the_conjunction(extract):
    triples = extract("宁远高新区工委书记王建国和管委会主任李明远会见了客商。")
    assert ("李明远", "leads", "宁远高新区", "管委会主任") in triples
    assert ("王建国", "leads", "宁远高新区", "工委书记") in triples
    assert not [t for t in triples if "王建国和" in t[2] or "王建国和" in t[0]]


def test_a_company_drawn_to_the_park_of_an_article_without_a_zone_is_in_that_park(extract):
    triples = extract("宁远工业园区始建于2005年。优越的投资环境吸引了恒泰钢构有限公司、华腾电子有限公司等企业到园区投资。"
                      "目前，宁远工业园已入驻企业50家。")
    assert ("恒泰钢构有限公司", "locatedIn", "宁远工业园区", "") in triples
    assert ("华腾电子有限公司", "locatedIn", "宁远工业园区", "") in triples


def test_the_company_a_park_is_named_after_runs_it_rather_than_settles_in_it(extract):
    triples = extract("宁垦茶业集团十字工业园举行项目集中投产仪式。宁垦茶业集团向园区工业项目集中投产表示祝贺。"
                      "十字工业园已入驻企业50家。")
    assert not [t for t in triples if t[0] == "宁垦茶业集团" and t[1] == "locatedIn"]


def test_a_company_written_after_our_zone_is_named_without_the_zone_word(extract):
    triples = extract("新乡经开区坚持项目为王。市领导走访了我区恒泰电子有限公司。新乡经开区将继续优化服务。")
    assert ("恒泰电子有限公司", "locatedIn", "新乡经开区", "") in triples


def test_a_zone_named_by_its_city_a_word_and_its_trade_is_a_zone_with_its_own_committee(extract):
    triples = extract("宁远县政协主席牛涛，平顶山尼龙新材料开发区管委会副主任李益恒，宁远县先进制造业开发区管委会副主任王遵杰等陪同考察。")
    assert ("李益恒", "leads", "平顶山尼龙新材料开发区", "管委会副主任") in triples
    assert ("王遵杰", "leads", "宁远县先进制造业开发区", "管委会副主任") in triples


def test_a_class_of_parks_a_zone_aims_to_be_is_not_a_park_of_it(extract):
    triples = extract("宁远高新区将瞄准世界一流科技园区目标，突出自身特色。宁远高新区发展迅速。")
    assert not [t for t in triples if t[1] == "partOf"]


def test_a_company_written_with_the_city_word_first_is_not_the_zone_s_by_default(extract):
    triples = extract("宁远经开区举行项目推进会。市高投公司、恒泰电子有限公司负责人参加。宁远经开区将继续优化服务。")
    assert ("恒泰电子有限公司", "locatedIn", "宁远经开区", "") in triples
    assert not [t for t in triples if t[0] == "市高投公司" and t[1] == "locatedIn"]


def test_a_common_noun_before_the_national_level_word_names_the_zone(extract):
    triples = extract("代表团来到紫竹国家高新区考察。高新区常务副主任夏光接待了代表团一行。")
    assert ("夏光", "leads", "紫竹国家高新区", "常务副主任") in triples


def test_companies_in_brackets_after_a_count_of_companies_that_sign_are_the_opening_park_s(extract):
    triples = extract("宁远经开区项目集中开工。军鼎科技园此次集中开工的企业有3家，同时还有2家企业进行签约（恒泰电子有限公司、华腾科技有限公司）。"
                      "宁远经开区将继续优化服务。")
    assert ("恒泰电子有限公司", "locatedIn", "军鼎科技园", "") in triples
    assert ("华腾科技有限公司", "locatedIn", "军鼎科技园", "") in triples


def test_a_demonstration_park_is_a_park_unless_it_is_a_title_the_zone_won(extract):
    triples = extract("宁远高新区加快建设中非产业集群智慧供应链示范园区，宁远高新区发展迅速。")
    assert ("中非产业集群智慧供应链示范园区", "partOf", "宁远高新区", "") in triples
    triples = extract("宁远高新区获评省级现代服务业集聚示范园区，宁远高新区发展迅速。")
    assert not [t for t in triples if t[1] == "partOf"]


def test_a_building_verb_joined_to_a_zone_by_a_conjunction_does_not_make_it_a_description(extract):
    triples = extract("区党工委书记王明主持召开会议，研究了厂房建设和开发区重点工程推进等事宜。")
    assert ("王明", "leads", "开发区（t.txt）", "党工委书记") in triples


def test_a_company_whose_chairman_heads_a_party_to_the_zone_is_a_visitor(extract):
    triples = extract("宁远集团党委书记、董事长王明一行来高新区座谈交流。高新区党工委书记李强参加会议。"
                      "会上，宁远集团相关负责人作了汇报。高新区将全力支持。")
    assert ("王明", "worksFor", "宁远集团", "党委书记、董事长") in triples
    assert not [t for t in triples if t[0] == "宁远集团" and t[1] == "locatedIn"]


def test_a_park_s_name_does_not_run_back_over_a_verb_of_building(extract):
    triples = extract("宁远经开区党工委书记王明强调，要按照统一规划的原则建设中小企业孵化园。宁远经开区将加快发展。")
    assert ("中小企业孵化园", "partOf", "宁远经开区", "") in triples


def test_a_park_in_a_city_the_zone_s_team_travels_to_is_not_the_zone_s(extract):
    triples = extract("经开区管委会副主任李湘带队赴深圳南山智园产业园项目进行调研。经开区将加快发展。")
    assert ("李湘", "leads", "经开区（t.txt）", "管委会副主任") in triples
    assert not [t for t in triples if t[0].endswith("产业园")]


def test_a_business_incubator_in_general_is_not_a_park(extract):
    triples = extract("宁远经开区将开展科技创新、企业孵化器及创客空间等工作。宁远经开区将加快发展。")
    assert not [t for t in triples if t[1] == "partOf"]


def test_a_quote_that_is_the_theme_of_a_study_tour_is_not_a_measure(extract):
    triples = extract("宁远市政协开展“推进园区二次创业、激活发展主引擎”专题调研，宁远经开区推行“拿地即开工”改革。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"拿地即开工"}


def test_a_party_or_state_organ_is_never_a_company_that_settles(extract):
    triples = extract("宁远经开区加快发展。市政协开展“推进园区”专题调研，区人大入驻园区开展视察。")
    assert not [t for t in triples if t[1] == "locatedIn" and t[2] != "宁远市"]


def test_a_role_the_zone_plays_in_quotes_is_not_a_measure(extract):
    triples = extract("宁远经开区坚持当好企业的“店小二”，坚持甘当服务“领头雁”，推行“一站式”服务。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"一站式"}


def test_a_new_area_shown_as_a_zone_is_one_though_its_own_name_is_no_place(extract):
    triples = extract("宏达科技有限公司落地翠湖新区后发展迅速。翠湖新区将加快建设。")
    assert ("宏达科技有限公司", "locatedIn", "翠湖新区", "") in triples
    triples = extract("山东省菏泽东华新区管委会主任王明出席活动。")
    assert ("王明", "leads", "东华新区", "管委会主任") in triples
    assert ("东华新区", "locatedIn", "菏泽", "") in extract("连日来，山东省菏泽东华新区各重点企业加快生产。")
    assert not extract("公交线路连通市区、江东新区和源城区。")


def test_a_quote_written_right_after_a_verb_of_pushing_is_a_measure(extract):
    triples = extract("近年来，南湖高新区持续优化营商环境，推动“企业开办一日办结”，推动实现“企业办事零跑腿”。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"企业开办一日办结", "企业办事零跑腿"}
    # Further back in the clause, 推动 only pushes (推动…发展).
    assert not extract("南湖高新区推动产业链条向“微笑曲线”两端延伸。")


def test_a_park_name_runs_back_over_words_of_innovation_the_tagger_reads_as_verbs(extract):
    triples = extract("南湖经济技术开发区的大学生创新创业产业园首期厂房已建成。")
    assert triples == {("大学生创新创业产业园", "partOf", "南湖经济技术开发区", "")}


def test_a_park_said_to_lie_in_a_zone_written_after_it_is_part_of_that_zone(extract):
    assert extract("智谷科技产业园项目位于江西省吉安经济技术开发区，首期厂房已建成。") == {
        ("智谷科技产业园", "partOf", "吉安经济技术开发区", ""), ("吉安经济技术开发区", "locatedIn", "江西省", "")}


def test_the_tail_of_a_listed_item_too_long_for_a_name_is_no_company(extract):
    triples = extract("南湖经济开发区今年签约项目9个。考察团参观了海川新材料锂电池隔膜项目现场、留学人员创业园标准厂房项目现场、"
                      "金禾生化有限公司、金港活塞有限公司。南湖经济开发区很好。")
    assert {t[0] for t in triples if t[1] == "locatedIn" and t[2] == "南湖经济开发区"} <= {"海川新材料", "金禾生化有限公司", "金港活塞有限公司"}
    assert "现场" not in {t[0] for t in triples}


def test_words_describing_a_company_as_an_enterprise_are_not_part_of_its_name(extract):
    triples = extract("世界500强企业艾默生过程控制（上海）有限公司正式入驻金桥综合保税区。")
    assert ("艾默生过程控制（上海）有限公司", "locatedIn", "金桥综合保税区", "") in triples
    # A kind of business after 企业 is the name's own.
    triples = extract("上海联创企业管理有限公司正式入驻金桥综合保税区。")
    assert ("上海联创企业管理有限公司", "locatedIn", "金桥综合保税区", "") in triples


def test_a_bare_post_after_what_the_person_before_did_is_held_in_that_persons_organisation(extract):
    triples = extract("南湖新材料产业园区召开企业座谈会。南湖新材料产业园区管委会主任陈立武主持会议并讲话，副主任王清、刘传海参加会议。")
    assert {t for t in triples if t[1] == "leads"} == {
        ("陈立武", "leads", "南湖新材料产业园区", "管委会主任"), ("王清", "leads", "南湖新材料产业园区", "副主任"),
        ("刘传海", "leads", "南湖新材料产业园区", "副主任")}
    # An organisation named in between breaks the chain.
    triples = extract("南湖新材料产业园区管委会主任陈立武会见了华信公司代表，副总经理王清介绍了项目。")
    assert ("王清", "leads", "南湖新材料产业园区", "副总经理") not in triples


def test_a_place_written_right_after_a_zone_names_one_of_its_parks(extract):
    triples = extract("连日来，位于龙文蓝田经济开发区朝阳园区的盈科智谷产业园加快建设。")
    assert triples == {("朝阳园区", "partOf", "龙文蓝田经济开发区", ""), ("盈科智谷产业园", "partOf", "龙文蓝田经济开发区", "")}


def test_smart_manufacturing_parks_and_industry_harbours_are_parks(extract):
    triples = extract("萧县经济开发区加快建设华企云谷淮海工业智造园和高端智能制造产业港。")
    assert triples == {("华企云谷淮海工业智造园", "partOf", "萧县经济开发区", ""), ("高端智能制造产业港", "partOf", "萧县经济开发区", "")}


def test_a_quote_written_as_a_named_zones_own_is_its_measure(extract):
    triples = extract("从南湖经开区的“上门审批”到北湖经开区的“暖心驿站”，各开发区服务企业提质增效。")
    assert {(t[0], t[2]) for t in triples if t[1] == "implements"} == {("南湖经开区", "上门审批"), ("北湖经开区", "暖心驿站")}


def test_the_countrys_development_zones_are_no_zone(extract):
    triples = extract("中国开发区营商环境百佳案例发布。中国开发区营商环境持续优化，推行“帮代办”服务。南湖经济技术开发区入选。")
    assert triples == {("南湖经济技术开发区", "implements", "帮代办", "")}


def test_an_investment_or_construction_platform_is_not_placed_in_the_zone_by_context(extract):
    triples = extract("南湖高新区今年签约项目9个。南湖高新区党工委书记张立、南湖城市投资开发有限公司董事长李强陪同调研。南湖高新区很好。")
    assert not [t for t in triples if t[1] == "locatedIn"]
    # Settling still places it.
    triples = extract("南湖高新区今年签约项目9个。南湖城市投资开发有限公司落户南湖高新区。南湖高新区很好。")
    assert ("南湖城市投资开发有限公司", "locatedIn", "南湖高新区", "") in triples


def test_a_first_deputy_post_is_a_post(extract):
    triples = extract("临港化工园区管委会第一副主任周建华陪同调研。")
    assert ("周建华", "leads", "临港化工园区", "管委会第一副主任") in triples


def test_the_bare_district_word_before_a_zone_committee_is_the_articles_unnamed_zone(extract):
    triples = extract("5月8日，区党工委副书记、管委会主任陈立新主持召开项目推进会，区党工委委员、管委会副主任赵敏出席。")
    assert ("陈立新", "leads", "区（t.txt）", "党工委副书记、管委会主任") in triples
    assert ("赵敏", "leads", "区（t.txt）", "党工委委员、管委会副主任") in triples
    # A district's own committee (区委) or a region's (自治区党委) makes no zone.
    assert not extract("区委书记陈立新主持召开项目推进会。")
    assert not extract("自治区党委书记陈立新主持召开项目推进会。")


def test_a_bare_party_committee_after_a_company_post_is_the_companys(extract):
    triples = extract("高新区党工委书记王明与锦华石化公司执行董事、党委书记李国强座谈。")
    assert ("李国强", "worksFor", "锦华石化公司", "执行董事、党委书记") in triples
    assert not [t for t in triples if t[0] == "李国强" and t[1] == "leads"]


def test_a_department_of_the_company_referred_back_to_is_a_post_at_the_company(extract):
    triples = extract("作为首批入驻企业，成都智材科技有限公司已完成整体搬迁，该公司市场部负责人高明表示将增加研发投入。")
    assert ("高明", "worksFor", "成都智材科技有限公司", "市场部负责人") in triples


def test_companies_named_after_where_the_zone_team_travels_are_not_the_zones(extract):
    triples = extract("高新区党工委书记王明带队前往大连、杭州等地考察重点项目，为高新区招商引资。\n"
                      "7月10日，王明一行深入中国石油大连石化公司，介绍高新区发展情况。7月11日，王明一行到杭州锦华集团座谈交流。")
    assert ("王明", "leads", "高新区（t.txt）", "党工委书记") in triples
    assert not [t for t in triples if t[1] == "locatedIn" and t[0] in ("中国石油大连石化公司", "杭州锦华集团")]


def test_a_regional_office_after_a_city_post_is_not_a_zone_body(extract):
    triples = extract("潍坊市发改委党委委员、区域办主任苏明一行来鲁南化工园区调研，鲁南化工园区管委会主任徐云陪同。")
    assert not [t for t in triples if t[0] == "苏明"]


def test_one_of_a_parks_first_settled_companies_is_in_the_park(extract):
    triples = extract("作为凤栖谷科技创新产业园的首批入驻企业之一，成都智材科技有限公司已完成整体搬迁。")
    assert ("成都智材科技有限公司", "locatedIn", "凤栖谷科技创新产业园", "") in triples
    triples = extract("清远高新区加快发展。作为从广东东莞招商引资落户城东工业园的企业，华兴塑胶有限公司主要从事塑料制品制造。"
                      "清远高新区将做好服务。")
    assert ("华兴塑胶有限公司", "locatedIn", "城东工业园", "") in triples
    # A person's role in the park's project says nothing of where the company is.
    triples = extract("作为科创产业基地的项目负责人，佛山市华信建设发展有限公司总经理梁文表示将加快建设。")
    assert not [t for t in triples if t[1] == "locatedIn"]


def test_a_wholly_owned_subsidiary_is_named_without_its_kind(extract):
    triples = extract("成都智材科技有限公司及全资子公司成都登特牙科技术开发有限公司入驻凤栖谷科技创新产业园。")
    assert ("成都登特牙科技术开发有限公司", "locatedIn", "凤栖谷科技创新产业园", "") in triples
    assert not [t for t in triples if "全资子公司" in t[0]]


def test_a_list_item_that_is_a_task_is_no_measure_and_structures_for_attracting_investment_name_none(extract):
    triples = extract("高新区党工委书记杜明提出要求，一要做好项目储备；二要完善招商引资体制机制，实施招商引资工作专班负责制。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"招商引资工作专班负责制"}
    assert not extract("高新区持续改善营商环境；持续搞活运营机制，加大国有公司的投入。高新区将推进产业布局。")
    # (the zone's own system written after its name is still its measure, whatever stands before the zone)
    assert {t[2] for t in extract("高新区召开座谈会；要严格落实好高新区kpi考核制度，发挥考评作用。高新区发展很快。")
            if t[1] == "implements"} == {"kpi考核制度"}
    assert {t[2] for t in extract("高新区召开座谈会，要求要转变管理观念；要严格落实好高新区绩效考核制度，发挥考评作用。高新区发展很快。")
            if t[1] == "implements"} == {"绩效考核制度"}
    assert not extract("清远高新区通过调整招商模式，引进了一批企业。清远高新区将推进产业布局。")


def test_companies_visited_as_places_are_the_zone_companies(extract):
    triples = extract("宜兴经开区迎来调研组。调研组一行先后前往华远、明星电缆、天和光能等处，查看企业生产线。调研组肯定了宜兴经开区的发展。")
    assert {("华远", "locatedIn", "宜兴经开区", ""), ("明星电缆", "locatedIn", "宜兴经开区", ""),
            ("天和光能", "locatedIn", "宜兴经开区", "")} <= triples


def test_villages_visited_as_places_are_no_companies(extract):
    triples = extract("宜兴经开区迎来调研组。调研组先后前往红星村、东湖社区等处，检查防汛工作。调研组肯定了宜兴经开区的发展。")
    assert not {t for t in triples if t[1] == "locatedIn" and t[2] == "宜兴经开区"}


def test_the_party_committee_written_in_full_leads_its_zone(extract):
    triples = extract("会议宣布：王立新任中共宁德市委东湖经济开发区工作委员会委员、书记。")
    assert ("王立新", "leads", "东湖经济开发区", "工作委员会委员、书记") in triples


def test_a_post_taken_up_after_the_name_adds_to_the_posts_before_it(extract):
    triples = extract("宁德市委常委王立新兼任东湖经济开发区党工委书记。")
    assert ("王立新", "leads", "东湖经济开发区", "党工委书记") in triples


def test_a_bracketed_note_on_a_post_does_not_part_it_from_the_name(extract):
    triples = extract("东湖经济开发区召开大会，开发区党工委副书记、管委会副主任（主持工作）陈海峰讲话。")
    assert ("陈海峰", "leads", "东湖经济开发区", "党工委副书记、管委会副主任") in triples
    triples = extract("东湖经济开发区召开大会，开发区党工委副书记、管委会副主任（正县级）陈海峰讲话。")
    assert ("陈海峰", "leads", "东湖经济开发区", "党工委副书记、管委会副主任") in triples


def test_a_known_district_is_a_zone_when_written_after_a_place_and_before_its_committee(extract):
    triples = extract("宁波滨海新区与某县签约。滨海新区党工委书记刘明出席，新区管委会主任赵亮致辞。")
    assert {("刘明", "leads", "滨海新区", "党工委书记"), ("赵亮", "leads", "滨海新区", "管委会主任"),
            ("滨海新区", "locatedIn", "宁波", "")} <= triples


def test_a_county_park_named_by_the_county_alone_holds_the_companies_it_brings_in(extract):
    triples = extract("宿松县工业园创办于2004年。近年来，该园先后引进了华远重工、明星电缆等一批重大项目。")
    assert {("华远重工", "locatedIn", "宿松县工业园", ""), ("明星电缆", "locatedIn", "宿松县工业园", "")} <= triples


def test_the_zone_s_other_committee_listed_after_one_belongs_to_it(extract):
    triples = extract("东湖经济开发区党工委、管委会召开专题会议，研究部署全年工作。")
    assert {("东湖经济开发区党工委", "partOf", "东湖经济开发区", ""), ("东湖经济开发区管委会", "partOf", "东湖经济开发区", "")} <= triples


def test_a_quoted_reform_set_apart_by_spaces_is_still_the_zone_s(extract):
    triples = extract("东湖经济开发区以 “放、管、服” 三维改革破局，激发园区活力。")
    assert ("东湖经济开发区", "implements", "放、管、服", "") in triples


def test_goals_roles_carriers_and_layouts_in_quotes_are_no_measures(extract):
    triples = extract("东湖经济开发区始终以“争当全省开发区排头兵”作为奋斗目标。该园作为“引凤筑巢”“链式集聚”的重要载体，"
                      "打造出“大中小”梯度培育、融通发展格局。")
    assert not {t for t in triples if t[1] == "implements"}


def test_fields_of_industry_listed_before_a_kind_of_company_are_no_companies(extract):
    triples = extract("东湖工业园广泛吸纳不锈钢、高端装备等大中型企业入驻。")
    assert not {t for t in triples if t[1] == "locatedIn" and t[0] in ("高端装备", "有色金属")}


def test_a_company_signing_about_a_park_s_project_settles_in_that_park(extract):
    triples = extract("东湖经济开发区招商局与宁波远帆投资有限公司就清溪电子产业园项目签订了入驻协议。")
    assert ("宁波远帆投资有限公司", "locatedIn", "清溪电子产业园", "") in triples


def test_a_post_in_the_party_committee_of_a_park_s_management_office_leads_the_park(extract):
    triples = extract("南岭工业园区管理办党工委副书记、主任李东介绍，园区去年招引了近40个项目。")
    assert ("李东", "leads", "南岭工业园区", "管理办党工委副书记、主任") in triples


def test_a_software_park_named_by_its_city_is_a_park_of_the_zone(extract):
    triples = extract("南岭高新区调研组先后深入长沙软件园、电子信息智慧园等园区调研。")
    assert {("长沙软件园", "partOf", "南岭高新区", ""), ("电子信息智慧园", "partOf", "南岭高新区", "")} <= triples


def test_a_document_of_a_body_above_the_zone_is_not_the_zone_s_measure(extract):
    triples = extract("南岭高新区结合《中共韶关市委关于加快建设创业城市的十条意见》，印发《南岭高新区科技创新十条措施》。")
    assert ("南岭高新区", "implements", "南岭高新区科技创新十条措施", "") in triples
    assert not {t for t in triples if "市委" in t[2]}


def test_fields_talked_about_are_no_companies(extract):
    triples = extract("开发区党工委副书记李明带队开展招商工作。李明一行与企业负责人围绕中蒙医药、半导体智能芯片制造等项目座谈交流。"
                      "诚挚邀请企业到开发区实地考察。")
    assert not {t for t in triples if t[1] == "locatedIn"}


def test_in_a_declared_zone_s_article_the_park_word_and_its_short_name_stand_for_it(extract):
    triples = extract("韶关市浈江区南岭工业园区作为省级开发区，近年来发展迅速。韶关南岭园区管委会主要负责园区的招商引资。"
                      "园区企业增至134家。电子信息产业：以华宇电子（韶关）有限公司为代表，专注线路板加工。")
    assert {("韶关南岭园区管委会", "partOf", "南岭工业园区", ""), ("华宇电子（韶关）有限公司", "locatedIn", "南岭工业园区", "")} <= triples


def test_a_headline_quote_before_a_verb_of_serving_is_no_measure(extract):
    triples = extract("南岭经济开发区“小网格”服务企业“大发展”\n南岭经济开发区探索网格化服务清单化管理工作机制。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"网格化服务清单化管理工作机制"}


def test_companies_inside_the_park_word_are_in_the_one_zone_a_short_article_names(extract):
    triples = extract("为确保高新技术产业园区节日期间安全稳定，检查组赴翠湖高新区开展专项检查。"
                      "检查组一行对园区内青禾科技有限公司、远川电子有限公司等2家企业进行实地抽查。")
    assert {t[0] for t in triples if t[1] == "locatedIn" and t[2] == "翠湖高新区"} == {"青禾科技有限公司", "远川电子有限公司"}


def test_a_run_of_quotes_right_before_a_head_shares_it(extract):
    triples = extract("翠湖开发区坚持服务跟着项目走，优化“项目直通车”“安心办”工作机制。翠湖开发区发展很快。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"项目直通车", "安心办"}


def test_a_headlines_quote_after_the_zone_and_its_colon_is_the_zones_measure(extract):
    triples = extract("翠湖经济技术开发区：“三链联动”推动非公党建提质增效\n近年来，翠湖经济技术开发区持续增强党组织作用。")
    assert ("翠湖经济技术开发区", "implements", "三链联动", "") in triples


def test_a_quote_naming_an_event_is_no_measure(extract):
    triples = extract("近期，青禾中心与翠湖高新区共同举办了“翠湖高新区大型公益性专场招聘会”，提供岗位1000余个。翠湖高新区发展很快。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_positioning_in_quotes_is_no_measure(extract):
    triples = extract("开发区依托农产品加工产业园推进开放招商，着力打造“三基地、一中心”的功能定位。")
    assert not {t for t in triples if t[1] == "implements"}
    triples = extract("为加速构建“1+3”现代产业体系，7月29日，翠湖经开区召开第三季度项目推进会。翠湖经开区发展很快。")
    assert not {t for t in triples if t[1] == "implements"}


def test_a_city_s_mechanism_after_zuowei_is_the_city_s(extract):
    triples = extract("南岭高新区举行签约仪式。作为韶关市“每月一签约”机制启动后的首场活动，仪式吸引嘉宾齐聚。")
    assert not {t for t in triples if t[1] == "implements"}


def test_titles_after_a_verb_of_completing_rules_are_measures_and_words_inside_titles_trigger_none(extract):
    triples = extract("南岭经济开发区通过健全《“标准地”五项控制性指标》《“标准地”实施办法》等政策措施，确保土地高效配置。"
                      "南岭经济开发区转发《上级实施方案》《园区年度计划》。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"“标准地”五项控制性指标", "“标准地”实施办法"}


def test_a_quote_after_yi_with_neither_wei_nor_a_head_is_a_manner(extract):
    triples = extract("南岭经济开发区以“最快速度”签订了土地出让合同，以“放、管、服”三维改革破局，以“万人助万企”为抓手。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"放、管、服", "万人助万企"}


def test_bodies_a_zone_body_works_with_are_the_zone_s_too(extract):
    triples = extract("南岭高新区召开会议。今年区政务服务办会同规建局、城环局、科工局对实施方案进一步修订。")
    assert {("南岭高新区规建局", "partOf", "南岭高新区", ""), ("南岭高新区城环局", "partOf", "南岭高新区", "")} <= triples


def test_a_kind_of_environmental_company_is_no_company(extract):
    triples = extract("作为一家致力于膜材料研发生产的环保科技公司，远帆（天津）有限公司今年签约落户南岭高新区。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"远帆（天津）有限公司"}


def test_mechanisms_named_only_by_a_kind_of_work_are_no_measures(extract):
    triples = extract("南岭经济开发区编制发展规划、建立孵化机制、引进高新技术项目，完善激励机制。")
    assert not {t for t in triples if t[1] == "implements"}


def test_mechanisms_listed_after_carrying_out_are_the_zones_but_a_responsibility_system_is_handed_down(extract):
    triples = extract("南岭高新区严格落实项目包联制、问题台账限时销号机制，确保项目顺利推进。南岭高新区将做好服务。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"项目包联制", "问题台账限时销号机制"}
    assert not extract("南岭高新区认真落实安全生产工作责任制、环保工作责任制，确保安全。南岭高新区将做好服务。")
    assert not extract("南岭高新区认真落实财税政策，确保企业受益。南岭高新区将做好服务。")


def test_a_name_declared_one_of_the_zones_measures_is_one(extract):
    triples = extract("姜堰经济开发区举办首届企业家沙龙。企业家沙龙是开发区服务企业的又一创新举措，推动企业间协作共赢。")
    assert triples == {("姜堰经济开发区", "implements", "企业家沙龙", "")}
    assert not extract("姜堰经济开发区举办活动。这是开发区服务企业的又一创新举措。")


def test_a_directive_carried_out_and_a_figure_after_de_are_no_measures(extract):
    triples = extract("南岭高新区贯彻落实“重实干、强执行”专项行动要求，搭建政府与企业的“连心桥”，推行“拿地即开工”改革。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"拿地即开工"}


def test_a_company_after_its_origin_word_is_located_where_the_sentence_puts_it(extract):
    triples = extract("在位于南岭经济开发区的台企源泰金属制品有限公司的生产车间看到，生产线满负荷运行。")
    assert ("源泰金属制品有限公司", "locatedIn", "南岭经济开发区", "") in triples


def test_a_verb_of_settling_ends_the_company_not_starts_the_zone_s_name(extract):
    triples = extract("2017年7月，玉泉网布安家开发区雁鸣园区，项目投资两千余万元。")
    assert ("雁鸣园区", "partOf", "开发区（t.txt）", "") in triples


def test_a_new_technology_development_zone_is_a_high_tech_zone_and_a_bio_city_its_park(extract):
    triples = extract("记者在武汉东湖新技术开发区走访看到，位于光谷生物城的远帆基因武汉公司满负荷运行。")
    assert ("远帆基因武汉公司", "locatedIn", "光谷生物城", "") in triples


def test_supervisors_and_section_chiefs_work_for_their_company(extract):
    triples = extract("柏林材料科技有限公司生产主管杨维告诉记者，订单充足。创远精密电子有限公司注塑车间课长陈齐介绍了排班。")
    assert {("杨维", "worksFor", "柏林材料科技有限公司", "生产主管"),
            ("陈齐", "worksFor", "创远精密电子有限公司", "注塑车间课长")} <= triples


def test_departments_of_the_company_referred_back_to_keep_the_company(extract):
    triples = extract("宏远科技董事长罗才华陪同接待。参观中，公司食药事业部总经理张轶、电池材料事业部副总经理周万分陪同讲解。")
    assert {("张轶", "worksFor", "宏远科技", "食药事业部总经理"),
            ("周万分", "worksFor", "宏远科技", "电池材料事业部副总经理")} <= triples


def test_companies_of_an_article_about_one_park_named_in_its_lead_are_in_that_park(extract):
    triples = extract("春节假期刚结束，安顺工业园区内各企业已陆续开工。走进贵州镁远铝业科技有限公司生产车间，工人们正忙着调试设备。"
                      "在贵州科达机械设备制造有限公司的生产车间，同样是一片热火朝天的景象。")
    assert {t for t in triples if t[1] == "locatedIn"} == {("贵州镁远铝业科技有限公司", "locatedIn", "安顺工业园区", ""),
                                                           ("贵州科达机械设备制造有限公司", "locatedIn", "安顺工业园区", "")}


def test_companies_of_an_article_naming_its_park_more_often_than_its_zone_are_in_that_park(extract):
    about_park = extract("长春经济技术开发区建设玉米工业园区。记者在长春玉米工业园区看到，路网基本完工。"
                         "长春玉米工业园区招商取得进展，与长春华昌科技有限公司签订了投资合同。长春玉米工业园区计划明年投产。")
    assert ("长春华昌科技有限公司", "locatedIn", "长春玉米工业园区", "") in about_park
    about_zone = extract("长春经济技术开发区建设长春玉米工业园区。长春经济技术开发区招商取得进展，"
                         "与长春华昌科技有限公司签订了投资合同。长春经济技术开发区计划明年投产。")
    assert ("长春华昌科技有限公司", "locatedIn", "长春经济技术开发区", "") in about_zone


def test_a_team_set_up_and_a_reform_of_approvals_in_general_are_no_measures(extract):
    triples = extract("南岭经济开发区组建“项目帮办服务专班”实行“专人对接、全程帮办”，深入推广投资项目审批制度改革。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"专人对接、全程帮办"}


def test_short_coordinated_modifiers_belong_to_one_mechanism(extract):
    triples = extract("南岭经济开发区建立跨部门、跨层级审批协同机制，推行一网通办、一窗受理制度。")
    assert {t[2] for t in triples if t[1] == "implements"} >= {"跨部门、跨层级审批协同机制"}
    assert "跨层级审批协同机制" not in {t[2] for t in triples}


def test_goals_to_contribute_to_and_features_are_no_measures(extract):
    triples = extract("南岭经济开发区要为实现“全面突破年”各项目标任务贡献力量。该体系以“可量化、可闭环”为核心特征，推行“拿地即开工”。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"拿地即开工"}


def test_a_place_opening_a_medium_s_or_zone_s_short_name_does_not_place_the_zone(extract):
    triples = extract("2月4日上午，16个招商项目正式签约落户枞阳经开区。\n稿件来源: 枞阳在线")
    assert not {t for t in triples if t[1] == "locatedIn" and t[0] == "枞阳经开区"}


def test_a_department_s_function_after_the_zone_opens_its_body_though_tagged_a_verb(extract):
    triples = extract("南岭经济开发区召开会议，开发区招商一局相关负责人参加座谈交流。")
    assert ("南岭经济开发区招商一局", "partOf", "南岭经济开发区", "") in triples


def test_a_city_s_zones_ranked_or_counted_as_a_class_are_no_zone(extract):
    triples = extract("南岭经济开发区提质增效，今年在韶关市开发区考核中位列第二，韶关综保区数量增至3家。开发区推行“拿地即开工”。")
    assert ("南岭经济开发区", "implements", "拿地即开工", "") in triples
    assert not {t for t in triples if {t[0], t[2]} & {"韶关市开发区", "韶关综保区"}}


def test_the_areas_a_plan_divides_a_zone_into_are_no_parks(extract):
    triples = extract("南岭综合保税区规划包括查验监管功能区、仓储配套功能区以及保税加工等产业空间功能区。")
    assert not {t for t in triples if t[1] == "partOf"}


def test_a_park_word_running_on_into_another_word_is_no_park(extract):
    triples = extract("南岭经济开发区将加快建设现代新兴产业城市。")
    assert not {t for t in triples if t[1] == "partOf"}


def test_a_technology_code_belongs_to_a_park_s_name(extract):
    triples = extract("南岭经济开发区举行集中签约仪式，瑞德电子5G通信产业园等一批项目落户。")
    assert ("瑞德电子5G通信产业园", "partOf", "南岭经济开发区", "") in triples


def test_the_customs_is_the_state_s_not_the_zone_s(extract):
    triples = extract("南岭综合保税区获批设立。韶关海关监管处处长李明表示，韶关海关将推动南岭综合保税区加快发展。")
    assert not {t for t in triples if "海关" in t[0] or "海关" in t[2]}


def test_a_positioning_and_a_layout_counted_in_areas_are_no_measures(extract):
    triples = extract("南岭综合保税区围绕“3+N”保税产业定位，打造“一区三园五基地”，推行“拿地即开工”。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"拿地即开工"}


def test_a_zone_named_only_among_other_places_bodies_visited_is_not_the_article_s(extract):
    triples = extract("党工委委员、管委会副主任李明带队赴外地考察。重点考察了广州市科技创业服务中心、深圳市南山区科技创业服务中心、"
                      "杭州高新区科技创业服务中心、宁波市科技创业中心等。李明要求借鉴先进经验。\n上一条：王强到高新区调研")
    assert ("李明", "leads", "杭州高新区", "党工委委员、管委会副主任") not in triples
    assert {t[2] for t in triples if t[0] == "李明"} == {"高新区（t.txt）"}


def test_a_name_running_on_to_a_post_and_a_person_opens_an_organisation(extract):
    triples = extract("南岭经济开发区举行签约仪式，南岭科技有限公司董事长王明、埃贝赫排气技术亚洲区总监李永新出席。")
    assert ("王明", "worksFor", "南岭科技有限公司", "董事长") in triples
    assert not {t for t in triples if t[0] == "埃贝赫"}


def test_a_second_line_of_work_joined_before_a_post_is_no_company(extract):
    triples = extract("南岭经济开发区举行签约仪式，埃贝赫排气技术亚洲区销售兼项目管理总监李永新出席。")
    assert not {t for t in triples if "项目管理" in (t[0], t[2])}


def test_a_maker_read_off_a_project_that_opens_with_a_named_company_is_that_company(extract):
    triples = extract("南岭经济开发区举行项目签约仪式，润丰冷链物流与食品商贸城等项目成功签约。"
                      "润丰控股集团与南岭农业科技有限公司合作建设冷链物流与食品商贸城。南岭经济开发区将提供优质服务。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"润丰控股集团", "南岭农业科技有限公司"}


def test_a_word_read_as_a_verb_that_names_a_company_opens_its_park(extract):
    triples = extract("远征科技在远征创业园召开会议。会前参观了远征创业园，园区入驻企业——西安美诺航空科技有限公司介绍了产品。"
                      "远征公司董事长南征表示欢迎。")
    assert ("西安美诺航空科技有限公司", "locatedIn", "远征创业园", "") in triples


def test_the_park_word_before_a_post_is_the_article_s_park_when_it_names_no_zone(extract):
    triples = extract("远征科技在远征创业园召开会议。远征公司总经理刘福财、园区负责人李翠陪同参会。会前参观了远征创业园。")
    assert ("李翠", "leads", "远征创业园", "负责人") in triples


def test_a_park_named_by_places_only_is_named_by_the_last_and_lies_in_the_zone_it_opened_in(extract):
    triples = extract("湖北省襄阳市台湾工业园在襄阳新区揭牌成立。襄阳市台湾工业园已有华达金属工程有限公司等台资企业落户。")
    assert ("台湾工业园", "partOf", "襄阳新区", "") in triples
    assert ("华达金属工程有限公司", "locatedIn", "台湾工业园", "") in triples


def test_a_declared_short_name_is_the_company_and_a_developer_hosting_a_park_is_no_tenant(extract):
    triples = extract("泰兴经济开发区管委会主任吴洋一行莅临智谷产业园考察。中节能(湖州)科技城投资建设发展有限公司(以下简称湖州科技城公司)"
                      "副总经理江涌陪同。随后走访了园区内企业——融速科技(湖州)有限公司。湖州科技城公司介绍了智谷产业园的规划。智谷产业园发展迅速。")
    assert ("江涌", "worksFor", "中节能（湖州）科技城投资建设发展有限公司", "副总经理") in triples
    assert ("融速科技（湖州）有限公司", "locatedIn", "智谷产业园", "") in triples
    assert not {t for t in triples if t[1] == "locatedIn" and "科技城" in t[0]}


def test_making_words_belong_to_a_park_s_name(extract):
    triples = extract("南岭经济开发区举行集中签约活动，中国汽研科技产业园、长泰智能机器人制造产业园、专用车迁建等5个项目签约落地。")
    assert ("长泰智能机器人制造产业园", "partOf", "南岭经济开发区", "") in triples


def test_the_project_a_company_is_is_not_part_of_its_name(extract):
    for maker in ("华达", "金泰"):  # the tagger reads 项目华达… as one word, 项目 金泰… as two
        triples = extract(f"经开区党工委书记李明到经开区观摩项目。图为李明一行在新投产项目{maker}工艺礼品有限公司观摩。经开区招商成果丰硕。")
        assert (f"{maker}工艺礼品有限公司", "locatedIn", "经开区（t.txt）", "") in triples


def test_names_listed_with_marks_alone_before_a_count_of_enterprises_are_companies(extract):
    triples = extract("南岭高新区党工委委员、管委会副主任李明走访恒达重工、广利生物两家企业。南岭高新区经济平稳增长。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"恒达重工", "广利生物"}


def test_the_one_name_ending_in_the_park_word_written_bare_before_committees_names_the_zone(extract):
    for name in ("锡盐园区", "宁杭园区"):  # read as one word, and as a place and 园区
        triples = extract(f"8月27日，市政协副主席王强带队赴{name}开展专题调研。园区党工委副书记、管委会主任李明陪同调研。")
        assert ("李明", "leads", name, "党工委副书记、管委会主任") in triples


def test_a_chemical_zone_with_its_own_committee_is_a_zone_and_its_committee_s_party_group_leads_it(extract):
    triples = extract("南岭化工区管委会党组书记、主任李明主持召开化工区管委会主任办公会。南岭化工区推进产业转型升级。")
    assert ("李明", "leads", "南岭化工区", "管委会党组书记、主任") in triples
    assert ("南岭化工区管委会", "partOf", "南岭化工区", "") in triples


def test_a_post_in_the_party_group_of_a_zone_s_committee_leads_the_zone(extract):
    triples = extract("南岭高新区管委会党组书记、主任李明主持会议。")
    assert ("李明", "leads", "南岭高新区", "管委会党组书记、主任") in triples


def test_a_quoted_theme_of_a_visit_holds_no_unquoted_measure(extract):
    triples = extract("市政协副主席王强带队赴南岭高新区，围绕“深化科技体制改革，加快培育新质生产力”开展专题调研。南岭高新区推行“拿地即开工”。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"拿地即开工"}


def test_a_line_of_work_before_a_company_post_belongs_to_the_title(extract):
    triples = extract("南岭经济开发区举行开工仪式，华达电机行政副总郭洁、南岭科技有限公司常务副总李明出席。")
    assert ("郭洁", "worksFor", "华达电机", "行政副总") in triples
    assert ("李明", "worksFor", "南岭科技有限公司", "常务副总") in triples


def test_projects_listed_after_a_count_of_projects_open_with_their_makers(extract):
    triples = extract("南岭高新区举行重点项目集中开工活动。其他3个项目分别为华能通石墨烯应用产业化、启明科技智慧服务平台建设、"
                      "迈瑞克卫生材料项目。这些项目将有力助推南岭高新区经济发展。")
    assert {"华能通", "迈瑞克"} <= {t[0] for t in triples if t[1] == "locatedIn"}


def test_a_short_name_declared_for_a_zone_is_that_zone(extract):
    triples = extract("山东省威海市火炬高技术产业开发区（以下简称“威海高区”）党工委组建服务队进驻企业。"
                      "威海高区党工委委员、管委会副主任于志昂介绍，威海高区在各园区设立企业服务站。")
    zone = next(t[2] for t in triples if t[0] == "于志昂")
    assert {t[2] for t in triples if t[1] == "partOf"} == {zone}
    assert ("于志昂", "leads", zone, "党工委委员、管委会副主任") in triples


def test_a_team_sent_into_companies_is_no_company(extract):
    triples = extract("南岭高新区党工委组成8支“惠企先锋服务队”进驻企业，服务企业发展。南岭高新区发展迅速。")
    assert not {t for t in triples if "服务队" in t[0]}


def test_short_items_closing_alike_modify_one_mechanism_and_qualities_alone_name_none(extract):
    triples = extract("南岭高新区实行帮办、陪办、代办服务机制，建立动态管理机制，积极探索最优服务机制。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"帮办、陪办、代办服务机制"}


def test_a_company_department_read_as_one_body_is_the_company_s(extract):
    triples = extract("南岭高新区服务专员走进久信科技。久信科技综合管理部副经理谢万亮说，久信科技常务副总经理辛力也表示感谢。")
    assert ("谢万亮", "worksFor", "久信科技", "综合管理部副经理") in triples
    assert not {t for t in triples if t[1] == "partOf"}


def test_a_free_trade_area_with_its_committee_is_a_zone_and_its_park_word_opens_no_park_name(extract):
    triples = extract("南岭自贸片区管委会副主任李明介绍，去年百达饮料项目落户南岭自贸片区。南岭自贸片区深化开放。"
                      "片区跨境电商产业园已正式开园运营。")
    assert ("李明", "leads", "南岭自贸片区", "管委会副主任") in triples
    assert ("跨境电商产业园", "partOf", "南岭自贸片区", "") in triples


def test_a_title_strived_for_and_a_visit_s_theme_are_no_measures(extract):
    triples = extract("考察团来南岭开发区开展“投资放心开发区”考察。我县以积极争创“投资放心开发区”为抓手，推行“拿地即开工”。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"拿地即开工"}


def test_the_particle_suo_ends_no_body(extract):
    triples = extract("南岭开发区不断优化开发区软硬环境所做的相关工作。南岭开发区发展迅速。")
    assert not {t for t in triples if t[1] == "partOf"}


def test_a_company_referred_back_to_that_invests_in_a_zone_is_there(extract):
    triples = extract("浙江华凯科技集团总经理李治介绍了该企业在南岭经济技术开发区投资办厂的经历。")
    assert ("浙江华凯科技集团", "locatedIn", "南岭经济技术开发区", "") in triples


def test_companies_visited_on_a_trip_the_lead_announces_are_not_the_zone_s(extract):
    triples = extract("鹤壁经开区党工委书记李明带队赴上海考察招商\n9月23日，李明带队赴上海开展招商拜访活动。\n"
                      "李明一行先后拜访天华集团、康达纳集团等重要客商，并详细介绍了鹤壁经开区的产业优势。\n"
                      "多家企业负责人接受节后到鹤壁经开区开展投资考察的邀请。")
    assert not {t for t in triples if t[1] == "locatedIn"}


def test_a_far_city_the_team_of_an_unnamed_zone_travels_to_is_away_from_it(extract):
    triples = extract("经开区党工委书记李明带队赴上海考察招商\n9月23日，区党工委书记李明带队赴上海开展招商拜访活动。\n"
                      "李明一行先后拜访天华集团、康达纳集团等重要客商，并详细介绍了经开区的产业优势。\n"
                      "多家企业负责人接受节后到经开区开展投资考察的邀请。")
    assert not {t for t in triples if t[1] == "locatedIn"}


def test_a_verb_of_going_read_as_a_name_opens_no_company_s_name(extract):
    triples = extract("江苏高淳经济开发区党工委书记宋卫星带队来济高控股集团，考察产业载体建设情况。"
                      "宋卫星对济高控股集团的园区开发运营能力表示肯定。高淳经济开发区有关部门负责人参加了活动。")
    assert not {t for t in triples if t[0].startswith("来")}


def test_offices_listed_before_a_closer_whose_staff_attend_are_the_zone_s(extract):
    triples = extract("开发区召开领导班子工作会，区党政办、招商办、土地储备中心、建设局、社会事业局等相关部门负责人参会。"
                      "开发区将加快重点工程建设。")
    assert {t[0] for t in triples if t[1] == "partOf"} >= {"开发区招商办", "开发区土地储备中心", "开发区建设局", "开发区社会事业局"}


def test_trade_endings_of_metal_and_plastics_makers_end_company_names(extract):
    for maker in ("金泰铜业", "宏达铝业"):
        triples = extract(f"南岭循环经济产业园发展迅速。{maker}二期、湘达环保二期等扩改新项目形成滚动开发之势。南岭循环经济产业园已形成五大产业集群。")
        assert (maker, "locatedIn", "南岭循环经济产业园", "") in triples


def test_a_park_run_by_its_committee_is_one_zone_with_and_without_its_county(extract):
    triples = extract("天津考察团来庆城驿马工业集中区考察。集中区党工委书记、管委会主任唐述锋一同调研。"
                      "调研组深入企业详细了解了驿马工业集中区建设情况。集中区规划建设局梳理基础设施需求清单。")
    zone = next(t[2] for t in triples if t[0] == "唐述锋")
    assert zone in ("庆城驿马工业集中区", "驿马工业集中区")
    assert {t[2] for t in triples if t[1] == "partOf"} == {zone}
    assert not {t for t in triples if t[0] in ("庆城驿马工业集中区", "驿马工业集中区")}


def test_a_place_inside_a_person_s_name_names_no_city(extract):
    triples = extract("许金华董事长致欢迎辞。市经济开发区管委会周毅主任作了讲话。市经济开发区将做好服务。")
    assert not {t for t in triples if "金华" in t[2]}


def test_a_committee_the_tagger_reads_into_a_company_s_name_is_no_part_of_it(extract):
    triples = extract("周毅代表开发区管委会祝淮建集团开园大吉。淮建集团开发区工业园隆重开园。开发区将做好服务。")
    assert not {t for t in triples if "管委会祝" in t[0]}


def test_the_writers_own_company_written_only_as_company_holds_no_post(extract):
    triples = extract("南岭高新区党工委委员、管委会副主任林海峰一行到公司座谈交流，公司党委书记、董事长张立出席座谈。")
    assert not [t for t in triples if t[1] == "worksFor"]


def test_companies_drawn_to_attend_a_zones_promotion_are_not_located_in_it(extract):
    triples = extract("南岭新区管委会主任林海峰出席。本次活动重点对南岭新区的规划状况进行了推介，"
                      "吸引到华岭、青禾、远川等111家知名企业参加。")
    assert not [t for t in triples if t[1] == "locatedIn"]


def test_a_zones_committees_joined_by_a_conjunction_are_both_its_own(extract):
    assert extract("成都市委将设立南岭新区党工委和管委会。") == {
        ("南岭新区党工委", "partOf", "南岭新区", ""), ("南岭新区管委会", "partOf", "南岭新区", "")}


def test_a_dated_event_in_quotes_and_generic_ways_of_running_a_park_are_no_measures(extract):
    assert extract("南岭经开区举行“2019年集中签约、开工、投产活动”，现场签约项目61个。") == set()
    assert extract("南岭高新区将完善园区运营模式，建立长效合作机制。") == set()


def test_an_investment_zone_is_a_zone_but_an_investment_area_is_not(extract):
    triples = extract("市委常委、投资区党工委书记林海峰带队考察了南岭电商产业园。")
    assert ("林海峰", "leads", "投资区（t.txt）", "党工委书记") in triples
    assert extract("南岭高新区加大开发区域的投入，扩大投资区域。") == set()


def test_a_museum_listed_among_visited_projects_is_no_company(extract):
    triples = extract("南岭高新区加快项目建设。高新区党工委书记林海峰考察了华岭科技、中医药博物馆等项目。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"华岭科技"}


def test_a_park_named_after_where_the_committees_own_people_travel_is_not_their_zone(extract):
    triples = extract("园区党工委委员、管委会副主任林海峰带队赴泾县、旌德考察交流。双方介绍了泾县、旌德园区发展现状。")
    assert ("林海峰", "leads", "园区（t.txt）", "党工委委员、管委会副主任") in triples
    assert not [t for t in triples if "旌德" in t[0] + t[2]]


def test_a_zone_named_by_a_countys_short_form_lies_in_the_county_the_article_names(extract):
    triples = extract("考察组随后赴寿宁县，走访寿宁南岭经济开发区管委会。")
    assert ("寿宁南岭经济开发区", "locatedIn", "寿宁县", "") in triples


def test_a_quoted_topic_of_a_consultation_is_no_measure(extract):
    triples = extract("南岭高新区党工委书记林海峰出席。市政协围绕“加快产业园区标准化建设，做大做强我市园区经济”常委协商议题召开专题座谈会。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_zones_plan_approved_by_the_city_government_is_the_citys_document(extract):
    triples = extract("《南岭综合保税区提质晋位三年行动方案》已经市人民政府常务会议审议通过，现印发给你们，请认真组织实施。")
    assert not [t for t in triples if t[1] == "implements"]
    triples = extract("《南岭高新区招商引资奖励办法》已经区管委会研究同意，现印发给你们，请认真组织实施。")
    assert ("南岭高新区", "implements", "南岭高新区招商引资奖励办法", "") in triples


def test_a_quote_declared_a_lever_of_the_zones_work_is_a_measure(extract):
    triples = extract("南岭新区招商局局长林海峰介绍，“委托招商”作为新区招商引资工作的一个重要抓手，受到重视。")
    assert ("南岭新区", "implements", "委托招商", "") in triples


def test_what_the_zone_is_built_into_as_its_positioning_is_no_measure(extract):
    triples = extract("近年来，南岭高新区聚焦打造承接产业有序转移主平台、建设产业转移合作园区样板和标杆的发展定位，全力以赴拼招商。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_quoted_name_right_after_the_zones_word_for_itself_is_its_own(extract):
    triples = extract("区党工委书记、管委会主任林海峰召开会议。林海峰指出，此次系列招商引资活动，是我区“产业项目提升年”的重要内容。")
    assert ("区（t.txt）", "implements", "产业项目提升年", "") in triples
    triples = extract("区党工委书记林海峰召开会议。会上，林立做了关于我区“做大做强产业集群、推动工业经济高质量发展”的专题调研汇报。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_zone_word_that_only_opens_a_companys_name_makes_no_zone(extract):
    triples = extract("南岭区副区长林海峰带队赴苏州开展招商考察，区商投局、华邦集团、开发区发展集团主要负责同志参加。"
                      "考察组前往上海，围绕空港产业园建设等对接。")
    assert triples == set()


def test_a_company_the_zones_own_leader_goes_to_study_is_in_the_zone(extract):
    triples = extract("12月28日上午，高新区党工委副书记、管委会主任林海峰一行赴华岭科技有限公司开展调研。")
    assert ("华岭科技有限公司", "locatedIn", "高新区（t.txt）", "") in triples
    assert not [t for t in extract("高新区管委会主任林海峰一行赴北京，到华岭科技有限公司开展调研。") if t[1] == "locatedIn"]
    triples = extract("9月26日，区党工委副书记、管委会副主任林海峰带队调研安全生产工作。林海峰首先来到青禾光电有限公司，深入企业生产车间。")
    assert ("青禾光电有限公司", "locatedIn", "区（t.txt）", "") in triples


def test_companies_visited_on_a_trip_to_a_wide_region_are_not_the_zones(extract):
    triples = extract("南岭高新区加快项目建设，高新区企业华岭科技投产。高新区党工委书记林海峰带领招商局负责同志赴珠三角"
                      "开展经贸合作交流活动。考察组一行先后考察了青禾公司、远川公司等17家企业。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"华岭科技"}


def test_a_zones_talent_group_keeps_the_zone_in_its_name(extract):
    triples = extract("考察组先后考察了华岭公司、南岭开发区人才工作集团等17家企业。")
    assert ("南岭开发区人才工作集团", "locatedIn", "南岭开发区", "") in triples


def test_a_good_start_achieved_and_a_state_of_affairs_formed_are_no_measures(extract):
    assert extract("南岭开发区招商引资实现首轮“开门红”。") == set()
    assert extract("南岭开发区形成了“大项目顶天立地，中小项目铺天盖地”的招商局面。") == set()


def test_bureaus_written_after_the_unnamed_zones_word_are_its_own(extract):
    triples = extract("3月1日，园区党工委委员、管委会副主任林海峰带队赴外地考察交流。园区招商局、数字经贸局等相关人员陪同。")
    assert ("园区招商局", "partOf", "园区（t.txt）", "") in triples


def test_a_quote_before_enterprises_names_a_class_of_them_not_a_measure(extract):
    triples = extract("南岭高新区持续推动中小企业转型升级。工信部组织开展了第四批专精特新“小巨人”企业培育工作。")
    assert not [t for t in triples if t[1] == "implements"]


def test_the_government_of_the_county_a_zone_is_named_after_names_where_it_is(extract):
    triples = extract("沭阳经开区两家企业入选绿色制造名单。来源:沭阳县人民政府。")
    assert ("沭阳经开区", "locatedIn", "沭阳县", "") in triples
    triples = extract("白云区委书记张立到广州开发区调研。")
    assert not [t for t in triples if t[1] == "locatedIn"]


def test_a_national_title_won_is_no_park(extract):
    triples = extract("目前，南岭经开区已建成国家级绿色工厂2家，获评国家生态工业示范园区、国家绿色工业园区。")
    assert not [t for t in triples if t[1] == "partOf"]


def test_a_kind_of_park_written_right_after_a_new_area_is_named_by_it_and_run_as_a_zone(extract):
    triples = extract("27日，考察组抵达河源南岭新区产业转移工业园，与园区管委会常务副主任林海峰、经济促进局局长张立等座谈交流。"
                      "林海峰介绍了园区的开发建设情况。")
    assert ("林海峰", "leads", "河源南岭新区产业转移工业园", "管委会常务副主任") in triples
    assert not [t for t in triples if t[2] == "南岭新区"]


def test_a_green_park_is_named_when_a_trade_follows_green(extract):
    triples = extract("8月25日，绿色建造产业园召开迎中秋企业家座谈会。园区党工委书记林海峰出席。")
    assert ("林海峰", "leads", "绿色建造产业园", "党工委书记") in triples
    assert extract("南岭高新区打造绿色工业园区，建设绿色园区。") == set()


def test_companies_visited_on_a_trip_to_another_zone_are_not_the_zones(extract):
    triples = extract("翠湖高新区加快项目建设，高新区企业华岭科技投产。高新区党工委书记林海峰带队赴南岭高新区调研学习。"
                      "考察组一行参观了青禾集团，了解企业生产经营情况。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"华岭科技"}


def test_a_national_strategy_and_a_new_model_of_investment_promotion_are_no_measures(extract):
    assert extract("南岭高新区为推进“一带一路”建设，将探索建立招商引资新模式。") == set()


def test_a_zone_led_by_a_districts_deputy_head_lies_in_that_district(extract):
    triples = extract("吴江区副区长、南岭高新区党工委副书记、管委会主任林海峰主持会议。")
    assert ("南岭高新区", "locatedIn", "吴江区", "") in triples


def test_companies_met_where_the_team_goes_one_after_another_are_not_the_zones(extract):
    triples = extract("南岭高新区加快项目建设，高新区企业华岭科技投产。9月4日，高新区招商办一行先后到广东东莞、广州等地进行招商考察。"
                      "招商办先后与青禾实业有限公司、远川新材料有限公司负责人进行座谈。")
    assert {t[0] for t in triples if t[1] == "locatedIn" and t[2] != "广东"} == {"华岭科技"}


def test_a_preposition_opening_a_list_of_visited_companies_is_no_part_of_the_first_name(extract):
    triples = extract("南岭高新区党工委副书记林海峰到区内企业现场办公。在青禾面粉、远川和美、华岭化工等企业现场，林海峰了解企业生产经营状况。"
                      "南岭高新区将做好服务。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"青禾面粉", "远川和美", "华岭化工"}


def test_a_province_written_before_a_company_named_by_its_trade_opens_its_name(extract):
    triples = extract("南岭开发区集中开工，共有翠湖智能制造产业园、江苏青禾天马物流装备等5个项目。南岭开发区将做好服务。")
    assert ("江苏青禾天马物流装备", "locatedIn", "南岭开发区", "") in triples
    assert not [t for t in triples if t[2] in ("江苏", "江苏省")]


def test_an_organisation_ending_in_a_trade_word_whose_project_starts_in_the_zone_is_there(extract):
    triples = extract("南岭经济开发区举行开工仪式，见证了远川纺织等51个工业项目的集中开工。南岭经济开发区将做好服务。")
    assert ("远川纺织", "locatedIn", "南岭经济开发区", "") in triples


def test_a_campaign_the_articles_own_city_runs_is_not_the_zones(extract):
    triples = extract("南岭经济技术开发区举行项目竣工投产活动。他指出，举行南岭经济技术开发区竣工投产活动，"
                      "是我市扎实开展“决战四季度、大干一百天”攻坚行动的生动体现。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_headquarters_opening_with_a_city_in_a_zone_leaders_post_chain_is_the_citys(extract):
    triples = extract("扬州市政府副市长、南岭经济技术开发区党工委书记、扬州市突破滨海总指挥部副总指挥林海峰出席。")
    assert ("林海峰", "leads", "南岭经济技术开发区", "党工委书记") in triples
    assert not [t for t in triples if "指挥部" in t[0] + t[2]]


def test_projects_listed_as_starting_to_be_built_in_a_park_name_its_companies(extract):
    triples = extract("南岭特色产业园内一派繁忙景象，今天上午，远川机械、青禾动力设备、华岭管业等项目在这里顺利开工。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"远川机械", "青禾动力设备", "华岭管业"}


def test_a_zones_kind_ending_a_parks_name_written_after_the_zone_is_the_parks(extract):
    triples = extract("在南岭经济开发区城南高新技术产业园内，青禾科技节能材料有限公司正在开展项目建设。南岭经济开发区将做好服务。")
    assert ("城南高新技术产业园", "partOf", "南岭经济开发区", "") in triples
    assert ("青禾科技节能材料有限公司", "locatedIn", "城南高新技术产业园", "") in triples


def test_a_verb_the_tagger_cuts_from_a_three_character_name_before_a_verb_of_speaking_is_the_names_end(extract):
    triples = extract("7月3日，空港经济开发区召开会议。空港经济开发区管委会主任李明造说，要抓好招商。")
    assert ("李明造", "leads", "空港经济开发区", "管委会主任") in triples


def test_a_park_declared_a_provincial_zone_by_its_approval_is_one_zone_under_its_other_names(extract):
    triples = extract("浙江翠湖工业园区是2006年4月经国家发改委核准的第五批省级开发区，2012年增加南岭船舶装备高新区牌子。"
                      "翠湖工业园区将原粮油产业园区整合提升。园区主要分为七大产业区块：青山粮食产业园、港口物流仓储区。"
                      "目前已有青禾集团、远川国际等一批知名企业入驻。")
    zones = {t[2] for t in triples if t[1] == "locatedIn" and t[0] in ("青禾集团", "远川国际")}
    assert len(zones) == 1 and ("青山粮食产业园", "partOf", zones.pop(), "") in triples


def test_the_body_in_a_zone_articles_source_line_is_the_zones_own(extract):
    triples = extract("市政协调研组到南岭经开区考察调研\n时间：2022-04-21来源：经发局\n4月19日下午，调研组莅临南岭经开区调研。")
    assert ("南岭经开区经发局", "partOf", "南岭经开区", "") in triples
    assert not [t for t in extract("南岭经开区迎来调研/来源：湛江市商务局/南岭经开区将做好服务。") if t[1] == "partOf"]
    assert not [t for t in extract("翠湖经济技术开发区：“三链联动”推动党建\n信息来源：翠湖分站\n近年来，翠湖经济技术开发区持续推动。")
                if t[1] == "partOf"]
    # A government page's publisher field names it the same way.
    triples = extract("发布机构： 经济发展局 文号：\n名称： 南岭经开区重抓项目建设\n南岭经开区坚持把项目建设作为强支撑。")
    assert ("南岭经开区经济发展局", "partOf", "南岭经开区", "") in triples


def test_an_appointment_to_the_zones_committees_written_with_its_word_leads_the_zone(extract):
    triples = extract("17日下午，区党工委召开全区领导干部大会，宣布市委决定：林海峰同志任区党工委副书记、管委会主任，"
                      "免去其市科技局局长职务。就南岭新区领导班子建设，会议提出要求。")
    assert ("林海峰", "leads", "南岭新区", "党工委副书记、管委会主任") in triples
    assert not [t for t in triples if "干部" in t[0] or "同志" in t[0]]


def test_a_university_settling_in_a_zone_is_no_company(extract):
    triples = extract("南京一高校将落户金牛湖新区。青禾大学分校将正式落户天长市金牛湖新区。")
    assert not [t for t in triples if t[0].startswith("青禾")]


def test_parks_listed_after_the_zones_own_under_another_place_are_not_the_zones(extract):
    triples = extract("检查组在常州翠湖经济开发区新材料产业园、金坛青禾科技产业园、溧阳市远川工业园检查。常州翠湖经济开发区发展很快。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {"新材料产业园"}


def test_a_park_in_a_list_joining_two_fields_by_a_conjunction_keeps_its_whole_name(extract):
    triples = extract("翠湖经济开发区加快电子信息配套产业园、海洋生物食品产业园、新材料与智能制造产业园等园区建设。翠湖经济开发区发展很快。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {"电子信息配套产业园", "海洋生物食品产业园", "新材料与智能制造产业园"}


def test_a_park_listed_among_zones_is_their_peer_and_directly_run_parks_are_a_class(extract):
    triples = extract("山东8个园区入选，分别是即墨经济开发区、东营港经济开发区、龙口经济开发区、兖州工业园区、邹城经济开发区。")
    assert not [t for t in triples if t[1] == "partOf"]
    assert ("东营港经济开发区", "locatedIn", "山东", "") in triples
    triples = extract("今年来，翠湖经济开发区直管园区累计完成“四上”企业月度新增31家。翠湖经济开发区发展很快。")
    assert not [t for t in triples if t[1] == "partOf"]


def test_a_verb_of_running_a_park_is_no_part_of_its_name(extract):
    triples = extract("翠湖高新区管委会组建合资公司，负责投资、建设、运营青禾科技材料产业园。翠湖高新区发展很快。")
    assert ("青禾科技材料产业园", "partOf", "翠湖高新区", "") in triples


def test_a_science_city_of_the_zone_is_its_park(extract):
    triples = extract("南岭高新区加快建设翠湖科学城。南岭高新区管委会主任林海峰表示，科学城将集聚创新资源。")
    assert ("翠湖科学城", "partOf", "南岭高新区", "") in triples


def test_an_unnamed_zones_second_plate_in_brackets_stands_between_it_and_its_committee(extract):
    triples = extract("1月9日上午，市政协副主席、高新区(示范区)党工委书记林海峰，区党工委副书记、管委会主任林立与客人会谈。")
    assert ("林海峰", "leads", "高新区（t.txt）", "党工委书记") in triples


def test_a_governments_office_in_a_county_officials_list_is_not_the_zones(extract):
    triples = extract("县长林海峰深入翠湖经济开发区调研。经济开发区管委会主任林海涛，副县长王强，政府办主任齐大明参加。")
    assert not [t for t in triples if "政府办" in t[0] + t[2]]
    assert ("林海涛", "leads", "翠湖经济开发区", "管委会主任") in triples


def test_a_bureau_heads_post_written_alone_is_held_in_the_one_bureau_the_article_names(extract):
    triples = extract("今年是翠湖高新区税务局建局20周年。高新区税务局管辖区域内纳税人达到9122户。局长林海峰说，责任更加厚重。")
    assert ("林海峰", "leads", "翠湖高新区税务局", "局长") in triples
    two = extract("翠湖高新区税务局、翠湖高新区财政局联合开展服务。局长林海峰说，责任更加厚重。")
    assert not [t for t in two if t[1] == "leads"]


def test_a_surname_the_tagger_reads_as_a_verb_after_a_post_still_opens_the_name(extract):
    triples = extract("南岭经开区党工委委员、管委会副主任付松柏，党工委委员、管委会副主任林海峰随同考察学习。")
    assert ("付松柏", "leads", "南岭经开区", "党工委委员、管委会副主任") in triples


def test_a_short_name_declared_in_a_note_is_the_zone_even_where_it_reads_as_a_zone_of_its_own(extract):
    triples = extract("现场会在安徽肥西翠湖经济开发区召开。肥西翠湖经济开发区(以下称“翠湖开发区”)承办大会。"
                      "翠湖开发区工委书记林海峰多次召开专题会议。")
    assert ("林海峰", "leads", "肥西翠湖经济开发区", "工委书记") in triples
    assert ("肥西翠湖经济开发区", "locatedIn", "安徽", "") in triples
    assert not [t for t in triples if "翠湖开发区" in t[0] + t[2]]


def test_a_given_name_the_tagger_splits_into_a_verb_after_a_lone_surname_is_still_the_name(extract):
    triples = extract("南岭经开区高度重视。开发区工委书记、管委会主任童有树多次召开专题会议。")
    assert ("童有树", "leads", "南岭经开区", "工委书记、管委会主任") in triples


def test_a_zone_or_district_in_brackets_after_a_park_says_where_the_park_is(extract):
    triples = extract("郑州市上榜名单为聚方众创空间（金水区）、远川众创空间（高新区）、青禾创客空间（经开区）。高新区将做好服务。")
    parts = {(t[0], t[2]) for t in triples if t[1] == "partOf"}
    assert ("远川众创空间", "高新区（t.txt）") in parts and ("青禾创客空间", "经开区（t.txt）") in parts
    assert not [p for p in parts if p[0] == "聚方众创空间"]


def test_departments_listed_before_their_staff_taking_part_are_the_host_zones(extract):
    triples = extract("南岭开发区党委委员、管委会副主任林海峰陪同考察。党委办公室、人事劳动局、经济发展局等相关负责人参加考察。")
    assert {t[0] for t in triples if t[1] == "partOf"} >= {"南岭开发区党委办公室", "南岭开发区人事劳动局", "南岭开发区经济发展局"}


def test_zones_counted_by_place_are_no_zone_of_their_own(extract):
    triples = extract("南岭高新区党工委、管委会组团分赴潍坊、长沙两地高新区考察学习。对标潍坊、长沙两地高新区在体制机制等方面的"
                      "先进经验做法，考察团加快形成“近赶潍坊、远学长沙”的浓厚氛围。")
    assert not [t for t in triples if "两地" in t[0] + t[2]]


def test_a_modern_service_cluster_and_a_torch_area_are_zones(extract):
    triples = extract("淮安市政府党组成员，宁淮现代服务业集聚区党工委书记、管委会主任杨昌生一行来考察。中山火炬区新增两家孵化平台，"
                      "中山张企科技企业孵化器升级为国家级孵化器培育单位。")
    assert ("杨昌生", "leads", "宁淮现代服务业集聚区", "党工委书记、管委会主任") in triples


def test_a_campaign_the_provinces_party_committee_and_government_run_is_not_the_zones(extract):
    triples = extract("经省政府批准，南岭农业高新技术产业开发区（简称“南岭农高区”）定于9月17日揭开盖头。这是省委、省政府实施"
                      "“壮腰工程”、加快荆州振兴的又一重大举措。南岭农高区由科技部与湖北省合作创建。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_quoted_leading_industry_is_no_measure(extract):
    triples = extract("南岭高新区以“有机旱作农业”为主题，以“农副食品加工”为主导产业，打造发展引擎。")
    assert not [t for t in triples if t[1] == "implements"]


def test_parks_named_only_by_their_farming_field_are_kinds_not_names(extract):
    triples = extract("南岭农高区第一期工程重点建设农业高新技术产业园、农产品物流园、农业生态园。")
    assert not [t for t in triples if t[1] == "partOf"]


def test_a_company_whose_accident_the_zone_learns_from_is_elsewhere(extract):
    triples = extract("南岭经济开发区开展安全生产大检查。为深刻吸取青禾集团远川化工爆炸事故教训，开发区党组成员林海峰带队到翠湖实业有限公司开展专项检查。"
                      "南岭经济开发区安全形势稳定。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"翠湖实业有限公司"}


def test_the_next_step_before_a_zone_is_no_name_and_ways_of_thinking_are_no_measures(extract):
    triples = extract("近日，开发区安全监管办对区内平原倍斯特化工有限公司进行检查。安全工作只有起点，没有终点。"
                      "下一步开发区将进一步强化“底线思维”和“红线意识”。")
    assert not [t for t in triples if "下一步" in t[0] + t[2] or t[1] == "implements"]


def test_a_party_committee_after_a_post_in_an_unnamed_company_is_the_companys(extract):
    triples = extract("集团公司与高新区管委会签订战略合作框架协议。集团公司董事长、党委书记杨龙，副总经理杨国新，高新区党工委书记林海峰等出席。")
    assert {t[0] for t in triples if t[1] == "leads"} == {"林海峰"}


def test_companies_a_visiting_banker_sees_in_the_zone_are_its_and_the_bank_is_not(extract):
    triples = extract("6月12日，翠湖银行总行副行长林海峰率队到我区考察调研。林海峰一行先后到达信维电科、长天新能源、金博碳素现场，"
                      "听取相关负责人介绍。随后听取南岭高新区基本情况汇报。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"信维电科", "长天新能源", "金博碳素"}


def test_a_party_committee_after_a_national_bodys_post_is_that_bodys(extract):
    triples = extract("10月29日，南岭新区招商大会正式开启。国家体育总局水上运动管理中心主任、党委书记李瑞林，南岭新区党工委书记林海峰等领导出席。")
    assert {t[0] for t in triples if t[1] == "leads"} == {"林海峰"}


def test_companies_drawn_to_attend_a_zones_investment_fair_are_not_located_there(extract):
    triples = extract("“2021南岭新区招商大会”吸引了包括青禾集团、远川科技等100多家国内外知名企业到场。南岭新区党工委书记林海峰出席。")
    assert not [t for t in triples if t[1] == "locatedIn" and t[0] in ("青禾集团", "远川科技")]


def test_the_party_committee_of_a_zones_management_committee_is_the_zones(extract):
    triples = extract("2月18日下午，经开区管委会党工委书记林海峰率队调研翠湖创业园复工复产工作。")
    assert ("林海峰", "leads", "经开区（t.txt）", "管委会党工委书记") in triples


def test_a_rare_surname_after_a_post_names_the_leader_followed_from_company_to_company(extract):
    triples = extract("8月4日，高新区党工委副书记、管委会主任党卫调研重点项目建设情况。"
                      "来到青禾食品有限公司，党卫认真听取企业生产经营情况介绍。"
                      "在远川生物工程有限公司项目施工现场，党卫详细询问项目施工进度。")
    assert ("党卫", "leads", "高新区（t.txt）", "党工委副书记、管委会主任") in triples
    assert ("青禾食品有限公司", "locatedIn", "高新区（t.txt）", "") in triples
    assert ("远川生物工程有限公司", "locatedIn", "高新区（t.txt）", "") in triples


def test_posts_written_with_no_mark_between_them_split_into_the_zones_committees(extract):
    triples = extract("南岭经济开发区党工委书记管委会主任林海峰介绍，南岭经济开发区产业完备。")
    assert ("林海峰", "leads", "南岭经济开发区", "党工委书记管委会主任") in triples
    assert ("南岭经济开发区党工委", "partOf", "南岭经济开发区", "") in triples
    assert ("南岭经济开发区管委会", "partOf", "南岭经济开发区", "") in triples


def test_a_company_settling_in_a_named_city_or_working_with_the_zone_is_not_in_its_parks(extract):
    triples = extract("南岭经济开发区产业完备，特色鲜明。与青禾集团合作建设的轨道交通装备产业园已初具规模，在青禾集团具有一定知名度。"
                      "电子信息产业园，抓住远川电子落户南京机遇，积极规划建设电子信息产业。南岭经济开发区发展迅速。")
    assert not [t for t in triples if t[0] in ("青禾集团", "远川电子")]


def test_two_companies_building_together_both_settle_in_the_zone(extract):
    triples = extract("南岭经济开发区五个项目成功签约。青禾控股集团与远川农业科技发展有限公司合作建设冷链物流商贸城。南岭经济开发区发展迅速。")
    assert ("远川农业科技发展有限公司", "locatedIn", "南岭经济开发区", "") in triples


def test_a_zone_named_as_what_borders_a_park_does_not_take_the_parks_companies(extract):
    triples = extract("党员们走进翠湖工业园参观学习。园区管委会副主任林海峰介绍了翠湖工业园入驻企业情况。"
                      "工业园区规划为上连北川新城，下接南岭开发区，以青禾集团、远川汽车等龙头企业为支撑。")
    assert ("林海峰", "leads", "翠湖工业园", "管委会副主任") in triples
    assert ("青禾集团", "locatedIn", "翠湖工业园", "") in triples
    assert not [t for t in triples if "南岭开发区" in t[2]]


def test_a_reform_the_zone_makes_its_priority_is_implemented_and_the_rank_is_not(extract):
    triples = extract("今年以来，南岭高新区把集成授权改革作为“一把手”工程，研究谋划重点改革内容。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"集成授权改革"}


def test_a_name_read_into_one_word_with_acting_for_the_committee_still_leads_the_zone(extract):
    triples = extract("区委副书记、南岭保税港区党工委副书记、管委会副主任祁金国代表管委会作工作报告。")
    assert ("祁金国", "leads", "南岭保税港区", "党工委副书记、管委会副主任") in triples
    assert not [t for t in triples if "代表" in t[0] + t[2]]


def test_posts_after_a_colon_in_brackets_and_a_bonded_port_zone_standing_for_the_bonded_zone(extract):
    triples = extract("南岭保税区:傍上海船走自己路\n(林海峰:南岭保税区管委会副主任)\n南岭保税区成立于1992年,2008年整合为保税港区。"
                      "因为保税港区缺少空间,我们先后申报了翠湖国际保税工业园、青禾环保新材料产业园。")
    assert ("林海峰", "leads", "南岭保税区", "管委会副主任") in triples
    assert ("翠湖国际保税工业园", "partOf", "南岭保税区", "") in triples
    assert ("青禾环保新材料产业园", "partOf", "南岭保税区", "") in triples


def test_latin_brands_listed_after_a_word_of_having_settle_in_the_zone(extract):
    triples = extract("南岭高新区企业汇聚。目前,已有CATL、远川汽车、青禾集团等领军企业落户。南岭高新区经济繁荣。")
    assert {t[0] for t in triples if t[1] == "locatedIn" and t[2] == "南岭高新区"} == {"CATL", "远川汽车", "青禾集团"}


def test_a_company_name_the_tagger_reads_as_a_verb_through_its_legal_form_is_still_a_company(extract):
    triples = extract("南岭经济技术开发区发展迅速。虽然春节刚过，宁夏分享铸钢有限公司的工地上已是热火朝天。南岭经济技术开发区投资环境好。")
    assert ("宁夏分享铸钢有限公司", "locatedIn", "南岭经济技术开发区", "") in triples


def test_mechanisms_a_zone_officer_says_we_run_are_the_zone_s(extract):
    triples = extract("“在推进项目建设上，我们认真推行项目并联审批，实行领导包抓、周调度例会等工作机制，不断刷新项目推进速度。”"
                      "南岭经开区相关负责人如是说。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"项目并联审批", "领导包抓", "周调度例会"}
    # … but words inside a quote that is no one's speech of their own work are the quote's
    triples = extract("南岭经开区围绕“深化科技体制改革，推行项目并联审批”开展专题调研。")
    assert not [t for t in triples if t[1] == "implements"]


def test_parks_a_zone_governs_listed_after_their_count_and_a_colon_are_its_parts(extract):
    triples = extract("南岭经济开发区始建于1992年。开发区采取一区多园的发展模式，下辖四个园区：石油高新技术园、青禾工业园、"
                      "福瑞商贸园和文化产业园。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {"石油高新技术园", "青禾工业园", "福瑞商贸园", "文化产业园"}


def test_a_province_s_or_city_s_zones_in_general_are_no_anaphor_of_the_article_s_park(extract):
    assert not extract("南岭工业园区深入贯彻落实全市开发区高质量发展大会精神。南岭工业园区招商引资成效明显，宿迁市领导到园区调研。")


def test_a_loan_the_zone_sets_up_is_its_measure_and_a_bank_s_loan_is_not(extract):
    triples = extract("南岭经开区发挥积极财政作用，设立总规模5亿元的“经开助企贷”，通过远川银行的“税易贷”缓解企业资金紧张。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"经开助企贷"}


def test_a_policy_the_province_issues_an_assessment_and_a_reform_of_land_use_are_no_measures_of_the_zone(extract):
    assert not extract("南岭经开区发展迅速。10月29日，我省出台《关于推进投资项目审批提质增效改革的实施意见》。")
    assert not extract("2017年，南岭经开区“两率一度”考核成绩列全省第一位。")
    assert not extract("南岭经开区以土地制度改革试点为契机，大力深化用地改革。")


def test_companies_a_district_gathers_are_the_district_s_not_the_zone_s(extract):
    assert extract("南岭高新区位于柳南区，而柳南区聚集了青禾通用、远川汽车集团、福瑞集团三大主机厂，产业链长。") == {
        ("南岭高新区", "locatedIn", "柳南区", "")}


def test_a_counted_campaign_of_major_actions_is_a_measure_and_a_state_of_two_legs_is_not(extract):
    triples = extract("南岭经开区务实推进“六大行动”，形成汽车、轨道交通产业“两条腿走路”的集聚态势。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"六大行动"}


def test_a_car_city_is_a_park(extract):
    triples = extract("南岭新区努力实现广西南岭汽车城的快速崛起。南岭新区管委会主任王强表示。")
    assert ("广西南岭汽车城", "partOf", "南岭新区", "") in triples


def test_companies_whose_merchants_attend_are_guests_not_settlers(extract):
    triples = extract("5月14日，经开区管委会在西安酒店成功举办“南岭经济开发区招商推介会”。推介会由管委会副主任王强主持。"
                      "陕西远川生物药业有限公司、陕西青禾集团股份有限公司等27家企业40余位客商参加。会上重点展示了南岭经济开发区四大园区。")
    assert not [t for t in triples if t[1] == "locatedIn"]


def test_a_park_with_a_party_committee_of_its_own_is_no_part_of_the_article_s_zone(extract):
    triples = extract("县长、航开区管委会主任王强代表南岭县签约南岭航开区项目。省团签约中，远川循环经济产业园区党工委书记、"
                      "管委会主任李明，航开区管委会副主任王波分别签约燃料加工项目。")
    assert ("李明", "leads", "远川循环经济产业园区", "党工委书记、管委会主任") in triples
    assert not [t for t in triples if t[1] == "partOf" and t[0].startswith("远川")]


def test_a_park_of_trades_alone_the_zone_strives_to_build_is_a_goal_not_a_park(extract):
    triples = extract("南岭航空经济技术开发区坚持项目理念，持续快速推进重点项目建设。智慧新城孵化园项目从区域产业发展角度出发，"
                      "聚力打造我市航空装备制造产业基地。截至5月初，南岭航空经开区64个重点项目全部开工建设。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {"智慧新城孵化园"}


def test_a_province_named_in_the_directive_the_zone_follows_does_not_take_its_measure(extract):
    triples = extract("南岭高新区位于信阳市东部。按照河南省开发区“三化三制”改革工作部署，形成“管委会+公司”的管理新模式。")
    assert ("南岭高新区", "implements", "管委会+公司", "") in triples


def test_the_parks_a_counted_layout_lists_in_brackets_are_the_zone_s(extract):
    triples = extract("南岭高新区位于信阳市东部。南岭高新区形成“一区三园”（中心园区规划面积10.9平方公里；远川园区规划面积12.4平方公里；"
                      "青禾园区规划面积8.7平方公里）的空间布局。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {"中心园区", "远川园区", "青禾园区"}


def test_a_sentence_opening_with_a_modal_urges_in_every_clause(extract):
    triples = extract("南岭经济开发区调研会召开，党工委书记王强参加会议。王强强调，要明确目标定位。"
                      "要精准施策，坚持项目为王和“亩产效益”，推动开发区高质量发展。")
    assert not [t for t in triples if t[1] == "implements"]


def test_local_companies_are_no_company_by_name(extract):
    triples = extract("南岭经济开发区打造内陆港综合物流园。引入物流投资运营商，与当地货运公司合作，更好地为园区企业服务。")
    assert not [t for t in triples if t[1] == "locatedIn" and "公司" in t[0]]


def test_a_blueprint_the_zone_works_towards_is_no_measure(extract):
    triples = extract("当前，南岭经开区正全力推进三年攻坚行动，加快实现“三高四新”美好蓝图，建设新德山。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"三年攻坚行动"}


def test_industries_counted_after_their_quoted_names_are_no_measure(extract):
    triples = extract("南岭经开区党工委书记王强介绍，十年来重点打造“绿色硅光伏、新能源电池”两个千亿级产业。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_base_written_right_after_its_park_is_no_part_of_the_zone(extract):
    triples = extract("初冬，来到南岭经开区青禾工业园区硅光伏产业基地，一座座现代厂房拔地而起。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {"青禾工业园区"}


def test_projects_listed_with_their_investments_apart_by_semicolons_name_their_makers(extract):
    triples = extract("3月6日，南岭高新区举行重点项目集中开工仪式，5个集中开工重点项目分别是中科远川高端装备制造研发基地项目，"
                      "总投资18亿元；华电科技智能装备项目，总投资1.7亿元；宏芯科技物理制氧项目，总投资1亿元。南岭高新区全力推进项目建设。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"中科远川", "华电科技", "宏芯科技"}


def test_the_companies_of_the_zone_s_investment_envoys_are_not_settled_in_it(extract):
    triples = extract("南岭经开区举行重大项目集中签约暨招商大使授牌仪式，现场签约项目14个。签约仪式后，市领导为南岭经开区聘请的"
                      "远川时代新能源科技股份有限公司副总经理王强，青禾高科股份有限公司副总裁李明等两位招商大使颁发了聘书。")
    assert triples == {("王强", "worksFor", "远川时代新能源科技股份有限公司", "副总经理"), ("李明", "worksFor", "青禾高科股份有限公司", "副总裁")}


def test_a_government_and_a_conjunction_read_into_a_company_name_are_its_partner(extract):
    triples = extract("7月17日，六安市政府与青禾控股集团成功签约创新中心项目落地南岭经济开发区。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"青禾控股集团"}


def test_a_listed_project_opening_with_a_place_and_a_brand_names_its_maker(extract):
    triples = extract("南岭高新区举行开工仪式，重点项目分别是河北远川隧道智能装备项目，总投资1.7亿元；衡水青禾绿色物理制氧项目，"
                      "总投资1亿元；池州小布新材料锂电池正极片再生项目，总投资1亿元。南岭高新区全力推进项目建设。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"河北远川", "衡水青禾", "池州小布新材料"}


def test_the_investor_a_clause_names_for_the_company_its_sentence_opens_with_is_not_placed(extract):
    triples = extract("8月27日，南岭台商机械制造产业园项目开工奠基仪式举行。远川机械有限公司，由东莞市青禾机械有限公司投资2.3亿元建设，"
                      "项目占地106亩。福瑞精密机械有限公司，是一家台资企业，由东莞市宏达精密机械有限公司投资1.3亿元建设。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"远川机械有限公司", "福瑞精密机械有限公司"}


def test_a_mechanism_of_running_with_no_name_is_no_measure(extract):
    assert not extract("南岭经济开发区实行特殊管理体制和运行机制。")
    assert not extract("南岭高新区召开会议。成立基金管理公司，建立专家咨询机制，对基金进行专业化管理。")


def test_a_named_incubation_base_is_a_park_and_one_named_by_its_kind_is_not(extract):
    triples = extract("南岭高新区拥有南岭新兴产业孵化基地、创业孵化基地等多个创新创业平台。")
    assert triples == {("南岭新兴产业孵化基地", "partOf", "南岭高新区", "")}


def test_the_parts_a_zone_is_made_of_may_be_named_by_a_direction_alone(extract):
    assert extract("南岭经济开发区规划面积58.9平方公里，由南园和西园两部分组成。") == {
        ("南园", "partOf", "南岭经济开发区", ""), ("西园", "partOf", "南岭经济开发区", "")}


def test_a_park_a_province_named_one_of_its_first_key_development_zones_is_run_as_one(extract):
    triples = extract("甘肃南岭工业园区是经国家发改委核准，省政府命名的首批省级重点开发区。南岭工业园区管委会抢抓机遇，规划建设了新能源装备制造产业园。")
    assert ("新能源装备制造产业园", "partOf", "南岭工业园区", "") in triples


def test_parks_a_zone_governs_are_its_parts_and_its_former_names_are_not(extract):
    triples = extract("南岭高新区2001年更名为“南岭县工业园”，2006年更名为“江南南岭工业园区”，2015年升级为国家高新区。"
                      "南岭高新区远景规划总面积100平方公里，下辖青禾园区和翠湖园区。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {"青禾园区", "翠湖园区"}
    # … and so are those the zone is said to be made of
    triples = extract("南岭高新区封闭管理规划面积18.57平方公里，由青禾园区、翠湖园区、远川园区三个区域构成。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {"青禾园区", "翠湖园区", "远川园区"}


def test_a_clause_going_on_after_a_zone_s_committees_is_no_body_of_the_list(extract):
    triples = extract("南湾港片区工委、管委紧扣决策部署，统筹推进重大项目建设。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {"南湾港片区工委", "南湾港片区管委"}


def test_a_demonstration_zone_named_in_brackets_with_its_committee_after_them_is_led_by_its_posts(extract):
    triples = extract("——访南岭农谷核心区（翠湖示范区）党工委书记李建民。翠湖示范区吸引龙头企业建设育种基地，出台若干配套政策。")
    assert ("李建民", "leads", "翠湖示范区", "党工委书记") in triples
    assert not [t for t in triples if t[1] == "implements"]


def test_a_park_written_right_after_a_bare_zone_kind_takes_none_of_its_characters(extract):
    triples = extract("省商务厅调研组深入开发区西华城生态食品产业园实地调研。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {"西华城生态食品产业园"}


def test_two_quotes_with_a_verb_of_running_between_them_are_no_compound_name(extract):
    triples = extract("南岭经济开发区将按照“统一管理、统一规划”的总体思路实行“一区多园”的模式。")
    assert ("南岭经济开发区", "implements", "统一管理、统一规划", "") in triples
    assert not [t for t in triples if "实行" in t[2]]


def test_a_verb_of_relying_on_opens_a_list_of_companies_not_its_first_name(extract):
    triples = extract("南岭经开区推动企业转型。南岭经开区项目建设提速。依托隆川硅、青禾、远川等新材料明星企业，逐渐形成新材料产业"
                      "发展集聚区。南岭经开区将继续优化营商环境。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"隆川硅", "青禾", "远川"}
    # … and a verb of signing joined to one of introducing closes it (引进并签约)
    triples = extract("南岭经开区推动企业转型。南岭经开区项目建设提速。2017年经开区累计引进并签约远川机器人、青禾领英等14个项目。"
                      "南岭经开区将继续优化营商环境。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"远川机器人", "青禾领英"}


def test_a_projects_maker_keeps_its_trade_word_across_the_planned_output(extract):
    triples = extract("上星期,南岭市举办重大项目集中开工活动,其中落户于经济开发区的华岭新能源20GWh储能电池项目计划总投资100亿元。"
                      "经济开发区将持续树立理念。经济开发区很好。")
    assert ("华岭新能源", "locatedIn", "经济开发区（t.txt）", "") in triples


def test_a_page_label_places_the_zone_and_charts_and_means_name_no_measures(extract):
    triples = extract("南岭经济技术开发区推进重点项目建设\n所属地区:浙江\n开发区通过绘制项目推进“作战图”,以倒逼机制推进项目快开工。"
                      "南岭经济技术开发区建立月度调度、季度评估机制。")
    assert ("南岭经济技术开发区", "locatedIn", "浙江", "") in triples
    assert {t[2] for t in triples if t[1] == "implements"} == {"月度调度、季度评估机制"}


def test_companies_a_visit_to_a_park_inspects_are_the_parks_and_inside_is_no_part_of_a_name(extract):
    triples = extract("根据会议要求和县安委会部署，翠湖工业园区管委会联合县应急管理局组建检查组。"
                      "6月14日，翠湖工业园区管委会主任带队到城南工业园星球厂房检查青禾机械、远川汽车等机械制造企业用电安全情况。"
                      "6月15日，检查组对万里化工园区内远川华美建材科技有限公司进行安全大检查。")
    located = {(t[0], t[2]) for t in triples if t[1] == "locatedIn"}
    assert {("青禾机械", "城南工业园"), ("远川汽车", "城南工业园"), ("远川华美建材科技有限公司", "万里化工园区")} <= located
    assert not [t for t in triples if "应急管理局" in t[0] or "和县" in t[2]]


def test_a_campaign_for_two_fields_of_work_is_one_measure(extract):
    triples = extract("笔者从南岭经济技术开发区获悉，该区深入开展项目和产业攻坚行动，推动干部下沉园区一线攻坚。")
    assert ("南岭经济技术开发区", "implements", "项目和产业攻坚行动", "") in triples


def test_a_company_set_off_by_a_dash_keeps_the_name_before_its_bracketed_place(extract):
    triples = extract("南岭现代产业园党工委副书记林海峰陪同调研。随后实地调研了园区首个美资投产企业——派罗特克(滁州)新材料有限公司。")
    assert ("派罗特克（滁州）新材料有限公司", "locatedIn", "南岭现代产业园", "") in triples


def test_a_body_joined_to_a_county_body_by_a_verb_ends_before_it_and_the_county_body_is_not_the_zones(extract):
    triples = extract("工业园区管委会根据会议要求和县安委会办公室近期部署，组织开展安全生产大检查。"
                      "6月15日，工业园区管委会联合县应急管理局、鸣凤镇组建专项行动检查组。")
    assert ("工业园区管委会", "partOf", "工业园区（t.txt）", "") in triples
    assert not [t for t in triples if "应急管理局" in t[0] or "和县" in t[2]]


def test_a_new_town_is_a_zone_only_where_its_own_committee_is_written(extract):
    triples = extract("4月6日，南岭新区翠湖新城管委会班子成员深入辖区重点项目现场。南岭新区党工委委员，翠湖新城党委书记、管委会主任林海峰参加调研。"
                      "园区招商局、东部新城公司等相关人员陪同。")
    assert ("林海峰", "leads", "翠湖新城", "党委书记、管委会主任") in triples
    assert not [t for t in triples if t[2].startswith("东部新城")]


def test_a_class_of_zones_names_no_zone_for_the_bare_district_committee(extract):
    triples = extract("区党工委书记林海峰调研新区开发建设工作。会上，区党工委委员、新区办常务副主任何立群汇报工作。"
                      "新区要高标准建设国家级经济技术开发区的新区。")
    assert ("林海峰", "leads", "区（t.txt）", "党工委书记") in triples
    assert not [t for t in triples if "国家级" in t[2]]


def test_units_listed_beside_the_zone_in_a_districts_list_are_its_peers(extract):
    triples = extract("区委常委林海峰带队观摩重点项目，翠湖产业集聚区党工委书记何立群陪同，"
                      "区政府办、发改委、翠湖产业集聚区、翠湖街道、南岭镇等单位负责同志参加了活动。")
    assert {t[0] for t in triples if t[1] == "partOf"} <= {"翠湖产业集聚区党工委"}


def test_a_post_in_a_companys_party_branch_works_for_it_and_a_bare_group_is_no_company(extract):
    triples = extract("集团公司党委副书记、总经理林海峰到南岭经济技术开发区座谈交流。南岭经济技术开发区管委会副主任何立群，"
                      "集团公司党委委员、副总经理王可，青禾工程公司党总支副书记、总经理于宪涛参加座谈。")
    assert ("于宪涛", "worksFor", "青禾工程公司", "党总支副书记、总经理") in triples
    assert not [t for t in triples if "集团公司" in t[0] + t[2]]


def test_a_short_company_name_opening_a_list_item_is_whole_before_its_post(extract):
    triples = extract("南岭高新区管委会主任林海峰主持座谈会。座谈会上,远川电气董事长王新城、科前生物常务副总经理徐高原等企业代表分别发言。")
    assert ("徐高原", "worksFor", "科前生物", "常务副总经理") in triples


def test_a_county_zone_written_with_and_without_its_division_word_is_one_zone(extract):
    triples = extract("滕州市经济开发区内13个项目集中奠基\n7月29日，滕州经济开发区内，14个重点项目在这里集中举行奠基仪式。"
                      "滕州经济开发区管委会主任林海峰为项目奠基。奠基的项目有总投资2.4亿元的山东青禾太阳能蓄电池生产项目。")
    assert {t[0] for t in triples if t[2] == "山东"} == {"滕州经济开发区"}
    assert not [t for t in triples if "滕州市经济开发区" in t[0] + t[2]]


def test_a_product_read_into_a_project_makers_name_is_cut_after_its_trade_word(extract):
    triples = extract("南岭经济开发区13个项目集中奠基。奠基的项目分别是：总投资8.2亿元的威达重工数控铣镗床生产基地、"
                      "总投资3亿元的中塑光伏太阳能制造项目。南岭经济开发区发展迅速。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"威达重工", "中塑光伏"}


def test_a_quote_made_the_zones_safeguard_is_a_measure(extract):
    triples = extract("南岭经济开发区努力打造诚信、高效的服务环境，把“首问负责制”作为制度保证。南岭经济开发区发展迅速。")
    assert ("南岭经济开发区", "implements", "首问负责制", "") in triples


def test_a_demonstration_area_is_a_zone_only_where_its_own_committee_is_written(extract):
    triples = extract("南岭市产城融合示范区重点项目集中签约仪式举行。青禾科技有限公司总经理林海峰参加签约活动。"
                      "市委、市政府将充分发挥南岭市产城融合示范区管委会的职能作用。")
    assert ("青禾科技有限公司", "locatedIn", "南岭市产城融合示范区", "") in triples
    named_for_a_role = extract("南京示范区、晋中示范区入选国家农业科技园区名单。江苏南京白马国家农业科技园区位列其中。")
    assert not [t for t in named_for_a_role if "示范区" in t[0] + t[2]]


def test_a_legislatures_committee_for_the_zone_is_not_the_zones(extract):
    triples = extract("南岭市人大常委会副主任林海峰、人大常委会经开区工委主任何立群等一行深入翠湖产业园调研。")
    assert not [t for t in triples if t[1] in ("leads", "partOf") and "工委" in t[0] + t[2] or t[0] == "何立群"]


def test_companies_visited_across_a_zone_and_other_places_are_placed_nowhere(extract):
    triples = extract("2月26日，市科经局主要负责人率队到经开区、源潭及梅城工业园区开展走访调研。"
                      "调研组先后实地走访了青禾体育、远川塑业、华岭制药等多家企业，了解企业项目投产等情况。")
    assert not [t for t in triples if t[0] in ("青禾体育", "远川塑业", "华岭制药")]


def test_a_park_read_as_one_word_after_its_town_holds_the_company_visited_there(extract):
    triples = extract("今天早上，县委书记林海峰率队到翠湖镇聚宝工业园调研复工复产工作。林海峰一行来到园区第一家投产的青禾体育公司，参观了生产线。")
    assert ("青禾体育公司", "locatedIn", "聚宝工业园", "") in triples


def test_a_preposition_read_as_a_word_of_its_own_opens_no_company_name(extract):
    triples = extract("青禾绿色植保科技产业园项目总投资120亿元，是继青能集团智慧制造园区项目落户开发区后，园区签约的又一大项目。"
                      "南岭经济开发区发展迅速。")
    assert not [t for t in triples if t[0].startswith("继")]


def test_a_key_development_and_opening_pilot_zone_is_a_zone(extract):
    triples = extract("宜春重点开发开放试验区今年招引远川科技、华岭新材等企业相继落户。")
    assert ("远川科技", "locatedIn", "宜春重点开发开放试验区", "") in triples
    assert ("华岭新材", "locatedIn", "宜春重点开发开放试验区", "") in triples


def test_a_national_zone_named_for_its_trade_after_a_noun_is_named(extract):
    triples = extract("兵团纺织经济技术开发区党工委书记林海峰说，园区将优化服务。")
    assert ("林海峰", "leads", "兵团纺织经济技术开发区", "党工委书记") in triples


def test_names_listed_before_a_count_and_a_long_description_of_enterprises_are_companies(extract):
    triples = extract("南岭高新区吸引了远川、华岭等一批为风电整机配套的国内外著名企业进驻园区。")
    assert ("远川", "locatedIn", "南岭高新区", "") in triples
    assert ("华岭", "locatedIn", "南岭高新区", "") in triples
    # … even when the description lists the enterprises' qualities
    triples = extract("南岭高新区吸引了远川、华岭等一批关联度大、带动性强的行业龙头企业先后入驻。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"远川", "华岭"}


def test_a_long_description_after_a_count_of_projects_names_no_companies(extract):
    triples = extract("南岭高新区青禾数字产业园、翠湖购物中心等一批优势特色产业及生活配套项目落户。")
    assert not [t for t in triples if t[0] == "翠湖购物中心"]


def test_a_corps_city_set_up_lately_places_its_zone(extract):
    triples = extract("在新疆西部的昆玉市，昆玉经济技术开发区正快速发展。昆玉经济技术开发区今年签约22个项目。")
    assert ("昆玉经济技术开发区", "locatedIn", "昆玉市", "") in triples


def test_a_new_model_still_to_be_explored_is_no_measure(extract):
    triples = extract("南岭高新区要立足资源优势，积极探索两岸农业交流合作新模式新机制，做强特色农业。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_park_run_as_a_zone_written_after_whose_it_is_is_that_zone(extract):
    triples = extract("近日，十二师青禾工业园区举行集中开工仪式。青禾工业园区今年招引项目14个。青禾工业园区党工委书记林海峰说，园区将优化服务。")
    assert ("林海峰", "leads", "青禾工业园区", "党工委书记") in triples
    assert not [t for t in triples if t[1] == "partOf" and t[0].endswith("青禾工业园区")]


def test_the_organs_of_a_district_written_in_brackets_after_the_zone_lead_the_zone(extract):
    triples = extract("南岭经济技术开发区（翠湖区）区委书记林海峰介绍，今年南岭经济技术开发区工业总产值有望突破千亿元。")
    assert ("林海峰", "leads", "南岭经济技术开发区", "区委书记") in triples


def test_a_border_cooperation_zone_and_its_short_kind_are_one_zone(extract):
    triples = extract("国务院批准设立国家级和静边境经济合作区，边合区管委会随即组建。")
    assert ("和静边境经济合作区管委会", "partOf", "和静边境经济合作区", "") in triples


def test_a_zones_rank_written_before_its_name_is_no_part_of_it(extract):
    triples = extract("国务院批准设立国家级和硕经济开发区，开发区管委会随即组建。")
    assert ("和硕经济开发区管委会", "partOf", "和硕经济开发区", "") in triples


def test_a_countys_short_name_cut_by_the_tagger_before_the_kind_names_the_zone(extract):
    triples = extract("国务院批准设立国家级和政高新区，高新区管委会随即组建。")
    assert ("和政高新区管委会", "partOf", "和政高新区", "") in triples


def test_a_cross_border_zone_is_named_for_both_sides_and_placed_on_this_side(extract):
    triples = extract("一批项目签约落户中国东兴—越南芒街跨境经济合作区。防城港市市长表示，将共同推动中越跨境经济合作区发展。"
                      "中国东兴—越南芒街跨境经济合作区加快建设。")
    assert triples == {("中国东兴—越南芒街跨境经济合作区", "locatedIn", "防城港市", "")}


def test_what_a_thing_is_built_on_framed_by_yi_and_wei_is_no_measure(extract):
    triples = extract("南岭经开区将着力打造以产业对接平台、技术交流枢纽、人才合作通道为主体功能的综合载体。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_place_the_zone_draws_on_does_not_act(extract):
    triples = extract("南岭经开区依托广西当地资源，坚持“优势招商、环境留商、服务感商”的原则，着力发展特色产业。")
    assert ("南岭经开区", "implements", "优势招商、环境留商、服务感商", "") in triples


def test_the_quote_a_zone_works_on_is_its_measure(extract):
    triples = extract("今年以来，南岭经开区在“大企业引进，大项目带动”上做好文章。")
    assert ("南岭经开区", "implements", "大企业引进，大项目带动", "") in triples


def test_a_citys_initial_before_a_zone_kind_names_the_citys_zone(extract):
    triples = extract("徐经开区管委会主任林海峰出席签约仪式。徐州市政府当天举行招商签约活动。")
    assert ("林海峰", "leads", "徐经开区", "管委会主任") in triples
    assert ("徐经开区", "locatedIn", "徐州市", "") in triples


def test_an_implementation_plan_drawn_up_is_a_measure_and_one_pointed_to_is_not(extract):
    triples = extract("南岭经开区全面深化改革，制定翠湖产业基金实施方案，并制定以下实施方案。")
    assert {t for t in triples if t[1] == "implements"} == {("南岭经开区", "implements", "翠湖产业基金实施方案", "")}


def test_a_branch_noted_in_brackets_after_a_listed_company_is_no_part_of_its_name(extract):
    triples = extract("南岭经开区充分利用双创中心资源，完成远川头条、华岭（西南运营中心）等30余家企业入驻。")
    assert ("远川头条", "locatedIn", "南岭经开区", "") in triples
    assert ("华岭", "locatedIn", "南岭经开区", "") in triples


def test_trades_listed_as_fields_are_no_companies(extract):
    triples = extract("南岭经开区突出发展高新数字、绿色工业、边贸物流等特色领域，引导企业入驻南岭经开区。")
    assert not [t for t in triples if t[0] == "边贸物流"]


def test_a_port_industrial_zone_run_by_its_own_committees_is_a_zone(extract):
    triples = extract("翠湖临港工业区党工委书记、管委会主任林海峰出席会议。翠湖临港工业区今年新开工项目10个。")
    assert ("林海峰", "leads", "翠湖临港工业区", "党工委书记、管委会主任") in triples


def test_going_to_the_articles_zone_is_no_trip_away_from_it(extract):
    triples = extract("近日，扬州市委书记何立群赴扬州翠湖工业园区调研。市委常委、翠湖工业园区党工委书记林海峰参加活动。"
                      "何立群先后察看了远川化工（扬州）有限公司、华岭石化（扬州）有限公司等企业，听取了翠湖工业园区负责人的汇报。")
    assert ("远川化工（扬州）有限公司", "locatedIn", "翠湖工业园区", "") in triples
    assert ("华岭石化（扬州）有限公司", "locatedIn", "翠湖工业园区", "") in triples


def test_a_place_said_to_hold_the_zone_before_its_name_places_it(extract):
    triples = extract("坐落在金乡县的南岭经济开发区内一派繁忙景象。南岭经济开发区今年完成投资11亿元。")
    assert ("南岭经济开发区", "locatedIn", "金乡县", "") in triples


def test_a_concept_the_zone_borrows_is_its_measure(extract):
    triples = extract("南岭经开区借鉴先进园区“五个一体化”开发建设理念，加快园区建设。")
    assert ("南岭经开区", "implements", "五个一体化", "") in triples


def test_a_park_whose_ceremony_is_held_in_a_zone_is_the_zones(extract):
    assert extract("青禾新材料产业园一期项目开工仪式在南岭高新区举行。") == {("青禾新材料产业园", "partOf", "南岭高新区", "")}


def test_a_park_one_city_builds_in_another_lies_in_the_division_in_its_brackets(extract):
    triples = extract("考察团参观了深圳宝安（龙川）产业转移园，深入到远川电子有限公司、龙川华岭新能源科技有限公司等园区企业，"
                      "听取了龙川县有关投资环境的介绍。")
    assert ("龙川华岭新能源科技有限公司", "locatedIn", "深圳宝安（龙川）产业转移园", "") in triples


def test_a_state_builders_numbered_bureau_is_a_company_that_builds_and_does_not_settle(extract):
    triples = extract("南岭高新区重点项目加快建设。中建三局项目经理林海峰在南岭高新区改造项目施工现场介绍进度。南岭高新区将做好服务。")
    assert ("林海峰", "worksFor", "中建三局", "项目经理") in triples
    assert not [t for t in triples if t[0] == "中建三局" and t[1] == "locatedIn"]


def test_a_place_named_with_the_zone_as_a_pair_is_no_second_visit(extract):
    triples = extract("考察团一行还走进南岭经开区与青海两地协作产业中的重点合作企业远川集团和华岭科技。南岭经开区全力推进协作。"
                      "南岭经开区工委委员林海峰参加。")
    assert ("华岭科技", "locatedIn", "南岭经开区", "") in triples


def test_a_park_name_the_tagger_opens_with_a_conjunction_keeps_it(extract):
    triples = extract("走进宁县和盛工业集中区，企业如雨后春笋。远川电子有限公司负责人林海峰说，企业选择宁县，正是看中这里的协同优势。")
    assert ("远川电子有限公司", "locatedIn", "和盛工业集中区", "") in triples


def test_a_later_clause_introducing_its_own_settlers_does_not_settle_the_partner(extract):
    assert extract("南岭经开区要同步协调地与远川集团配合，吸引大项目落户开发区。") == set()


def test_a_source_line_naming_the_zones_committee_names_the_zone(extract):
    triples = extract("2月6日，经开区党工委书记、管委会主任林海峰一行深入远川集团调研座谈。经开区将继续深化“九解一协调”。\n"
                      "来源:南岭经济技术开发区管理委员会")
    assert ("林海峰", "leads", "南岭经济技术开发区", "党工委书记、管委会主任") in triples
    assert ("南岭经济技术开发区", "implements", "九解一协调", "") in triples


def test_a_demonstration_area_the_tagger_cut_from_its_name_keeps_its_province(extract):
    triples = extract("江西赣南综改示范区20个重点项目集中签约。赣南综改示范区党工委书记、管委会主任林海峰出席。")
    assert ("赣南综改示范区", "locatedIn", "江西", "") in triples


def test_a_parks_kind_read_as_a_word_of_its_own_names_no_zone(extract):
    triples = extract("区党工委书记林海峰先后调研了新型智造产业园、先进制造产业园。在华岭焊带项目、远川（上饶）工业园区，林海峰与企业负责人深入交流。")
    assert ("林海峰", "leads", "区（t.txt）", "党工委书记") in triples


def test_projects_listed_after_a_verb_of_settling_name_their_companies(extract):
    triples = extract("目前，进驻开发区的有远川减震器、华岭上富等众多项目。南岭开发区加快发展。")
    assert ("远川减震器", "locatedIn", "南岭开发区", "") in triples
    assert ("华岭上富", "locatedIn", "南岭开发区", "") in triples


def test_a_park_made_a_zone_under_a_new_name_is_that_zone(extract):
    triples = extract("日前，自治区人民政府批复同意南岭日用陶瓷工业园区设立为自治区级经济技术开发区，定名为“南岭经济技术开发区”。"
                      "南岭日用陶瓷工业园区先后建设了远川建材产业园、华岭家具产业园等专业化产业园。")
    assert ("远川建材产业园", "partOf", "南岭日用陶瓷工业园区", "") in triples
    assert not [t for t in triples if t[0] == "专业化产业园"]


def test_a_companys_project_started_in_a_zone_places_company_and_park_there(extract):
    triples = extract("9月10日，远川科技公司斥资30亿元打造的华岭产业园（一期）项目在南岭经开区宣布正式投产。"
                      "9月28日，青禾高新区武鸣产业园揭牌。青禾高新区成为首个国家创新示范基地。")
    assert ("远川科技公司", "locatedIn", "南岭经开区", "") in triples
    assert ("华岭产业园", "partOf", "南岭经开区", "") in triples


def test_a_quote_after_de_that_ends_in_a_way_of_working_is_a_measure(extract):
    triples = extract("南岭高新区灵活运用多种方式，实现零距离、零收费、零延迟、零投诉的“四零服务”。")
    assert ("南岭高新区", "implements", "四零服务", "") in triples
    assert not [t for t in extract("南岭经开区把招商引资确定为经济工作的“一号工程”。") if t[1] == "implements"]


def test_a_window_the_zone_opens_is_its_measure(extract):
    assert ("南岭开发区", "implements", "单一窗口", "") in extract("南岭开发区开设全省首个境外投资“单一窗口”。")


def test_a_quoted_development_strategy_is_a_measure(extract):
    triples = extract("南岭新区党工委委员林海峰按照区党工委提出的“五个优先”发展战略的思路，汇报今年以来新区开发建设情况。")
    assert ("南岭新区", "implements", "五个优先", "") in triples


def test_a_quote_whose_carrying_out_is_stepped_up_is_a_measure(extract):
    triples = extract("南岭高新区政务服务应进必进，加大“三集中三到位”落实力度，持续优化服务。")
    assert ("南岭高新区", "implements", "三集中三到位", "") in triples


def test_a_quote_pushed_forward_with_a_few_words_of_its_object_between_is_a_measure(extract):
    triples = extract("南岭开发区全力推进重点项目建设，推动工业用地“腾笼换鸟”，力争全年盘活僵尸企业10家。")
    assert ("南岭开发区", "implements", "腾笼换鸟", "") in triples


def test_unquoted_reforms_listed_and_carried_out_are_measures(extract):
    triples = extract("近年来，南岭高新区各项改革持续深化。随后的几年里，免证园区、审管执信等区域专项改革加速推进。")
    assert ("南岭高新区", "implements", "免证园区", "") in triples
    assert ("南岭高新区", "implements", "审管执信", "") in triples


def test_a_preparatory_committee_is_a_zones_own(extract):
    triples = extract("调研组先后来到川渝南岭新区、远川汽车部件有限公司、华岭汽车科技有限公司，详细了解了南岭新区跨省一体化发展等情况。"
                      "南岭新区筹委会副主任林海峰参加座谈会。")
    assert ("林海峰", "leads", "南岭新区", "筹委会副主任") in triples
    assert not [t for t in triples if t[0] == "川渝南岭新区"]


def test_projects_listed_as_what_a_park_mostly_takes_are_kinds_not_companies(extract):
    assert extract("南岭轻工产业园加快建设。入园企业以轻工机械、环保设备等高科技含量项目为主。") == set()


def test_a_list_of_units_inspected_in_the_zone_is_a_tour_whatever_bodies_it_holds(extract):
    triples = extract("督导组听取了南岭经开区安全生产工作汇报。随后，督导组先后对远川燃气有限公司明湖分公司、华岭汽车零部件有限公司、"
                      "青禾烟草生产制造中心等三家经营生产单位进行了现场检查。南岭经开区管委会主任林海峰陪同。")
    assert ("华岭汽车零部件有限公司", "locatedIn", "南岭经开区", "") in triples


def test_the_party_the_zones_leader_takes_round_goes_through_the_zones_enterprises(extract):
    triples = extract("9月29日下午，园区党工委委员、管委会副主任林海峰带领园区各部门负责人，对园区节前安全生产工作进行检查。"
                      "检查组先后检查了远川电子、华岭科技等单位。")
    assert ("远川电子", "locatedIn", "园区（t.txt）", "") in triples
    assert ("华岭科技", "locatedIn", "园区（t.txt）", "") in triples


def test_a_park_opening_its_sentence_is_where_its_later_clause_settles_companies(extract):
    triples = extract("南岭高新区举办招商大会。其中，青禾精密机械产业园面积约580亩，目前已入驻远川机械、华岭机械等台资机械企业。")
    assert ("远川机械", "locatedIn", "青禾精密机械产业园", "") in triples
    assert ("华岭机械", "locatedIn", "青禾精密机械产业园", "") in triples


def test_a_startup_base_is_a_park(extract):
    triples = extract("青禾科技、远川科技等五家企业首期入驻南岭台商创业基地。南岭创业基地已有三十二家企业入驻。")
    assert ("青禾科技", "locatedIn", "南岭台商创业基地", "") in triples


def test_a_zone_named_after_its_region_and_partners_with_a_dash_keeps_the_whole_name(extract):
    triples = extract("1月17日，广西—青禾经开区党工委书记、管委会主任林海峰带领各部门深入远川燃气有限责任公司开展节前安全生产督导检查。")
    assert ("林海峰", "leads", "广西—青禾经开区", "党工委书记、管委会主任") in triples


def test_a_quote_a_speaker_urges_is_not_yet_a_measure(extract):
    triples = extract("南岭产业集聚区召开联席会议。县长林海峰强调，县产业集聚区要进一步解放思想，探索推行“管委会+公司”运营模式，不断激发内生动能。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_quote_in_a_clause_a_company_opens_is_the_companys_not_the_zones(extract):
    triples = extract("南岭经开区与城投集团举行会谈。李明表示，城投集团正积极投身城市更新、高速公路建设等领域，依托“投、建、管”一体化的优势，期望深化合作。")
    assert not [t for t in triples if t[1] == "implements"]


def test_unquoted_mechanisms_in_a_wish_or_in_topics_talked_over_are_not_measures(extract):
    triples = extract("南岭经开区与城投集团举行会谈。希望通过此次交流，进一步深化政企合作机制。"
                      "双方围绕城市规划设计、物业管理服务等意向合作项目进行深入交流探讨。")
    assert not [t for t in triples if t[1] == "implements"]


def test_high_tech_and_incubation_park_areas_are_parks_of_the_zone(extract):
    triples = extract("南岭经济开发区推进“一区多园”战略，重点打造北山高科园区、东湖中小企业孵化园区两个特色园区。")
    assert {(s, o) for s, p, o, _ in triples if p == "partOf"} == {
        ("北山高科园区", "南岭经济开发区"), ("东湖中小企业孵化园区", "南岭经济开发区")}


def test_a_settling_verb_before_a_park_word_and_an_entity_company_name_nothing(extract):
    triples = extract("南岭经济开发区签约落地一批项目。华信公司董事长李明表示，此次入驻产业园的项目是为南岭经济开发区企业建设"
                      "一座气站。南岭经济开发区由市商会成立实体公司，作为项目的引荐主体。")
    assert not [t for t in triples if "入驻" in t[0] or "入驻" in t[2] or t[0] == "实体公司"]


def test_the_policies_of_a_class_of_zones_are_no_measure(extract):
    triples = extract("经省政府同意，整合设立南岭经济开发区，实行省级经济开发区政策。")
    assert not [t for t in triples if t[1] == "implements"]
    # … wherever in the name the class is written
    triples = extract("2012年，国务院同意南湾经开区实行现行国家级经济技术开发区政策。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_park_named_for_partner_places_joined_by_dashes_keeps_them_and_its_companies_are_there(extract):
    triples = extract("记者来到位于宁波市鄞州经济开发区的鄞州—衢江产业飞地，这里的企业正满负荷生产。"
                      "和华朔科技同处产业飞地的宁波任翔机电有限公司，是飞地内首家投产的企业，公司生产的焊接总成件发往吉利汽车生产基地。"
                      "企业负责人王大军介绍，预计年产值1亿元。")
    assert ("鄞州—衢江产业飞地", "partOf", "鄞州经济开发区", "") in triples
    assert ("王大军", "worksFor", "宁波任翔机电有限公司", "负责人") in triples
    assert not [t for t in triples if "吉利" in t[0] or "吉利" in t[2]]


def test_a_park_described_as_the_first_of_its_kind_is_no_park_name(extract):
    triples = extract("南岭经济开发区的华朔产业园已有10家企业入驻，成为浙江省首个投产的山海协作产业园。")
    assert not [t for t in triples if "山海协作" in t[0] or "山海协作" in t[2]]


def test_a_brand_written_with_the_literary_of_opens_the_name_of_the_park_named_after_it(extract):
    triples = extract("9月23日，浙大之光平湖数字经济产业园项目开工仪式在独山港经济开发区举行。"
                      "浙大之光平湖数字经济产业园项目落地独山港经济开发区，总投资10亿元。")
    assert ("浙大之光平湖数字经济产业园", "partOf", "独山港经济开发区", "") in triples


def test_a_development_block_is_no_zone(extract):
    triples = extract("飞地产业园位于中德产业园三期开发区块，总用地面积73.63亩。")
    assert not [t for t in triples if "开发区" in t[0] or "开发区" in t[2]]


def test_the_units_counted_and_listed_in_a_sentence_about_the_zone_are_its_own(extract):
    triples = extract("南岭开发区管委会整合归并内设机构，调整精简为4个内设机构，为综合管理办公室、经贸发展部、投资促进中心、应急管理部。")
    assert {s for s, p, o, _ in triples if p == "partOf"} >= {
        "南岭开发区综合管理办公室", "南岭开发区经贸发展部", "南岭开发区投资促进中心", "南岭开发区应急管理部"}


def test_a_count_of_mechanisms_is_no_measure_unless_it_sums_up_the_list_before_it(extract):
    triples = extract("南岭经济开发区完善“三项机制”，实行全员聘任制度，实行末位淘汰制。"
                      "南岭经济开发区大力实施铝产业转型、食品饮料产业扩能、电子机械产业升级“三大计划”。")
    assert {o for s, p, o, _ in triples if p == "implements"} == {"全员聘任制度", "末位淘汰制", "三大计划"}


def test_a_document_a_district_issues_is_not_the_zones_measure(extract):
    triples = extract("南岭经开区医药港管理办公室副主任李明介绍，链长走访了开发区内生物医药企业，"
                      "并编制《钱塘区促进生物医药产业高质量发展三年行动计划》。")
    assert not [t for t in triples if t[1] == "implements"]


def test_what_a_citys_document_sets_up_is_the_citys_not_a_zones(extract):
    triples = extract("《市重点工业产业生态链链长制优化调整方案》于日前由市委办公室、市政府办公室联合印发。"
                      "产业主要承载地包括南岭高新技术产业开发区。"
                      "《方案》对链长制工作推进机制进行了优化：构建“市领导链长+市级牵头部门”的组织架构。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_provincial_departments_division_for_zones_is_no_zone(extract):
    assert extract("南岭经开区获得点赞。浙江省商务厅开发区处推行“链长制”评审机制。") == set()


def test_an_area_in_brackets_after_its_city_is_part_of_a_parks_name(extract):
    triples = extract("目前已有蓝思科技等知名企业签约进驻长沙（金霞）消费电子产业园。")
    assert triples == {("蓝思科技", "locatedIn", "长沙（金霞）消费电子产业园", "")}


def test_an_officer_who_comes_to_look_around_is_a_visitor_and_an_executive_works_for_the_company(extract):
    triples = extract("11月16日，花之林执行长钟晨亮来开福区考察。考察团一行到达金霞经开区管委会座谈交流。")
    assert ("钟晨亮", "worksFor", "花之林", "执行长") in triples
    assert not [t for t in triples if t[0] == "花之林" and t[1] == "locatedIn"]


def test_a_company_a_zone_signs_a_cooperation_agreement_with_is_a_partner_not_a_settler(extract):
    triples = extract("沪皖产业集聚示范园区签约仪式举行。沪皖产业集聚示范园区将引进一批项目。"
                      "仪式上，南岭经开区与临港控股股份有限公司签署战略合作协议。")
    assert not [t for t in triples if t[0] == "临港控股股份有限公司" and t[1] == "locatedIn"]


def test_a_party_committee_post_right_after_another_person_of_a_company_is_at_that_company(extract):
    triples = extract("路建集团党委书记、董事长罗光，党委副书记、副董事长、总经理苏湘华出席签约仪式。")
    assert ("苏湘华", "worksFor", "路建集团", "党委副书记、副董事长、总经理") in triples


def test_a_company_read_into_one_word_with_a_park_and_a_conjunction_starts_after_the_conjunction(extract):
    triples = extract("在联席会议上，龙岩高新区福龙马集团与恒运企业集团签订了合作协议。代表团还实地考察了龙净智慧环保产业园和福龙马集团。")
    assert not [t for t in triples if t[0].startswith("和")]


def test_a_park_of_a_kind_each_place_has_written_before_another_park_holds_it(extract):
    triples = extract("6月21日，市政府召开临沧工业园区创新创业园座谈会，了解企业生产经营情况。")
    assert ("创新创业园", "partOf", "临沧工业园区", "") in triples


def test_a_zone_renamed_is_one_zone_under_its_new_name(extract):
    triples = extract("山东省政府同意将“禹城高新技术产业开发区”更名为“德州高新技术产业开发区”。"
                      "禹城高新区成为全省唯一一家设在县级市的省级高新区，禹城市摘取“中国功能糖城”桂冠。")
    assert {(s, o) for s, p, o, _ in triples if p == "locatedIn"} == {("德州高新技术产业开发区", "禹城市")}
    triples = extract("经省人民政府批复同意，贵州福泉经济开发区变更认定为福泉高新技术产业开发区，位于贵州省东部。")
    assert {s for s, p, o, _ in triples if p == "locatedIn"} == {"福泉高新技术产业开发区"}


def test_a_park_in_a_pages_list_of_links_is_placed_nowhere(extract):
    triples = extract("28日，山东省政府同意禹城高新区更名。禹城高新区是省级高新区。\n山东青岛高新区\n京津冀环保物流园\n"
                      "中关村海外科技园石家庄分园\n")
    assert not [t for t in triples if t[1] == "partOf"]


def test_a_name_the_tagger_glues_to_the_posts_last_character_is_still_read(extract):
    triples = extract("市人大代表，开发区党工委副书记、铁山区区长余文化说，开发区作为全市排头兵，将实现五个新突破。")
    assert ("余文化", "leads", "开发区（t.txt）", "党工委副书记") in triples


def test_what_a_clause_says_before_a_verb_done_is_no_part_of_the_organisation(extract):
    triples = extract("望江经济开发区管委会将如何作为？日前，记者来到开发区管委会就此专访了管委会常务副主任董开宝。")
    assert ("董开宝", "leads", "望江经济开发区", "管委会常务副主任") in triples
    assert not [t for t in triples if "专访" in t[0] or "专访" in t[2]]


def test_a_verb_read_as_a_place_before_a_bare_kind_names_no_zone(extract):
    triples = extract("镇海经济开发区召开会议。会议要求理顺开发区与当地上级政府的关系、开发区管委会内部的关系。")
    assert not [t for t in triples if "理顺" in t[0] or "理顺" in t[2]]


def test_a_quote_in_a_sentence_opening_with_a_wish_is_not_yet_a_measure(extract):
    assert extract("镇海经济开发区召开会议。希望开发区以推进高质量发展和“亩均英雄”改革为契机，抓住先进制造业。") == set()


def test_companies_a_zone_sends_to_a_fair_far_away_are_its_own(extract):
    triples = extract("日前，南岭高新区组织区内企业代表前往北京国家会议中心参观成就展。\n"
                      "南岭高新区做了大量的筹备工作，组织了力神电池股份有限公司、巴莫科技股份有限公司2家企业参展，展示了南岭高新区的风采。")
    assert {s for s, p, o, _ in triples if p == "locatedIn" and o == "南岭高新区"} == {"力神电池股份有限公司", "巴莫科技股份有限公司"}


def test_a_park_renamed_as_a_zone_after_an_adverb_and_a_quote_is_that_zone(extract):
    triples = extract("天津新技术产业园区正式更名为“天津滨海高新技术产业开发区”的揭牌仪式举行。"
                      "天津滨海高新技术产业开发区管委会主任宗国英表示，将建成国际性科技园区。")
    assert not [t for t in triples if t[0] == "天津新技术产业园区"]
    assert ("宗国英", "leads", "天津滨海高新技术产业开发区", "管委会主任") in triples


def test_a_quote_naming_a_zone_to_be_built_is_no_measure(extract):
    triples = extract("1月22日下午，大连保税区召开外资企业座谈会。会上，刘爱民通报了发展成绩，"
                      "重点介绍了保税区建设“中日经贸合作示范区”的设想，与会企业围绕参与“中日经贸合作示范区”建设提出建议。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_department_listed_right_after_another_person_of_a_company_is_that_companys(extract):
    triples = extract("中非莱基副总经理赖四清接待了考察组。中非莱基综合部副部长孙明宇、招商部副部长李洪光参加了会见。")
    assert ("李洪光", "worksFor", "中非莱基", "招商部副部长") in triples


def test_people_listed_before_a_verb_of_arriving_are_no_companies_of_the_list_after_it(extract):
    triples = extract("2月15日，县委书记杨良锋调研县经济开发区。随后，杨良锋、杭莺一行来到中健医疗、晶洋实业、铭达塑胶等企业进行实地查看。"
                      "县经济开发区管委会主任张正韶参加调研。")
    assert {s for s, p, o, _ in triples if p == "locatedIn"} == {"中健医疗", "晶洋实业", "铭达塑胶"}


def test_a_park_in_a_list_of_headlines_after_the_article_is_placed_nowhere(extract):
    triples = extract("4月25日，德阳高新技术产业园区正式挂牌成立。德阳高新技术产业园区现有入驻企业653户。\n"
                      "轩辕圣境黄帝故里文化产业园：停滞四年后悄然动工\n武汉尚鼎拟投百亿打造中部尚谷产业园 振兴服装产业\n"
                      "河北省多市筹建京津产业园 廊坊将建高端产业园区\n")
    assert not [t for t in triples if t[1] == "partOf"]


def test_what_should_be_done_is_no_measure_named(extract):
    triples = extract("县委书记陈威调研沙洋经济开发区。陈威要求，要提高站位；要理顺体制机制，构建精简高效的运行体系。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_document_ministries_issue_together_is_theirs_not_the_zones(extract):
    triples = extract("按照环境保护部、商务部、科学技术部联合发布的《关于加强国家生态工业示范园区建设的指导意见》要求，"
                      "验收组对南岭经济技术开发区国家生态工业示范园区建设工作进行了验收。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_park_attached_to_a_zone_is_its_park(extract):
    triples = extract("安庆市承接产业转移集中示范园区设立申请已获批。该示范园也被称为安庆化工新材料产业集中区，挂靠安庆经济技术开发区，为其区中园。")
    assert ("安庆化工新材料产业集中区", "partOf", "安庆经济技术开发区", "") in triples


def test_a_short_quoted_name_before_a_parks_descriptor_opens_its_name(extract):
    triples = extract("“长三角”精细化工科技产业园项目在原平经济技术开发区开工奠基。“长三角”精细化工科技产业园计划投资39亿元。")
    assert ("“长三角”精细化工科技产业园", "partOf", "原平经济技术开发区", "") in triples


def test_a_quoted_campaign_of_the_province_is_not_the_zones(extract):
    triples = extract("2月18日下午，南岭开发区召开2021年第五次党工委扩大会议。会议传达了八届市委常委会议和省“三重四创五优化”活动"
                      "暨二十项民生工程动员部署会议精神，并研究制定了贯彻落实意见。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_banks_city_branch_at_the_zones_event_is_not_placed_in_it(extract):
    triples = extract("3月22日，赣州综保区举行项目集中开竣工活动。赣州经开区党工委副书记、管委会主任梁丁盛，"
                      "农业银行赣州分行党委书记、行长张军强等出席。赣州综保区全面落实招商工作，签约项目5个。")
    assert ("张军强", "worksFor", "农业银行赣州分行", "党委书记、行长") in triples
    assert not [t for t in triples if t[0] == "农业银行赣州分行" and t[1] == "locatedIn"]


def test_a_short_park_name_being_built_is_no_measure(extract):
    triples = extract("“实施道路工程，将顺利打通经七路与经八路，为‘智园’建设奠定畅通的道路基础。”垦利经济开发区党工委委员张俊峰介绍道。")
    assert not [t for t in triples if t[1] == "implements"]



def test_a_zone_heading_a_visitors_company_name_leaves_the_park_run_as_the_zone(extract):
    triples = extract("延安市南泥湾开发区发展(集团)有限公司副总经理薛虎带领考察团来天水国家农业科技园区参观考察，"
                      "园区管委会党工委副书记宋立平陪同考察。")
    assert ("宋立平", "leads", "天水国家农业科技园区", "管委会党工委副书记") in triples
    assert ("薛虎", "worksFor", "南泥湾开发区发展（集团）有限公司", "副总经理") in triples


def test_the_visitors_local_zone_is_not_the_articles(extract):
    triples = extract("考察团来天水国家农业科技园区参观考察，园区管委会党工委副书记宋立平陪同考察。"
                      "考察团表示，将加快推进当地开发区的建设发展。")
    assert ("宋立平", "leads", "天水国家农业科技园区", "管委会党工委副书记") in triples


def test_a_bureau_listed_after_the_citys_officials_is_the_citys(extract):
    triples = extract("市农业局副局长张显明，商务局副局长张雨等接待调研组一行。")
    assert not [t for t in triples if t[0] == "张雨"]


def test_a_kind_of_company_written_before_the_name_is_no_part_of_it(extract):
    triples = extract("园区运营公司智创菁汇孵化器管理有限公司执行总经理刘毅梁陪同接待。")
    assert triples == {("刘毅梁", "worksFor", "智创菁汇孵化器管理有限公司", "执行总经理")}


def test_an_airport_economic_zone_is_a_zone(extract):
    triples = extract("杭州空港经济区管委会党工委书记、管委会主任倪世英表示，希望通过成立联盟打造共享平台。")
    assert ("倪世英", "leads", "杭州空港经济区", "管委会党工委书记、管委会主任") in triples
    assert not [t for t in triples if t[1] == "implements"]


def test_a_bare_demonstration_zone_with_its_own_committee_is_the_articles_zone(extract):
    triples = extract("示范区党工委委员陈辉出席揭牌仪式。农业科技小镇可为农业企业搭建展示推广平台。")
    assert triples == {("陈辉", "leads", "示范区（t.txt）", "党工委委员"), ("示范区党工委", "partOf", "示范区（t.txt）", "")}


def test_serving_as_head_is_no_name(extract):
    triples = extract("成立由开发区管委会党工委书记任组长的开发区招商领导小组。")
    assert not [t for t in triples if t[0].startswith("任")]


def test_a_port_zone_linked_logistics_park_is_a_park_not_a_port_zone(extract):
    triples = extract("目前，前海湾港区联动物流园区已完成填海，并已有三井物流、日通等物流商入园。")
    assert triples == {("三井物流", "locatedIn", "前海湾港区联动物流园区", ""), ("日通", "locatedIn", "前海湾港区联动物流园区", "")}


def test_the_company_that_builds_a_park_does_not_settle_in_it(extract):
    assert not extract("由招商局集团投资建设的深圳前海湾港区联动物流园区建设进展迅速。")
    assert not extract("楚天181文化创意产业园位于东湖路，由湖北日报传媒集团倾力打造，已入驻企业40余家。")


def test_a_company_investing_in_a_parks_project_settles_there(extract):
    triples = extract("河南银港企业管理集团投资的银港产业园二期项目投资额为6.72亿元。")
    assert triples == {("河南银港企业管理集团", "locatedIn", "银港产业园", "")}


def test_a_number_between_a_parks_words_is_part_of_its_name(extract):
    triples = extract("腾讯科技有限公司入驻楚天181文化创意产业园。")
    assert triples == {("腾讯科技有限公司", "locatedIn", "楚天181文化创意产业园", "")}


def test_a_park_written_as_a_districts_is_not_the_zones(extract):
    triples = extract("成都高新区的瞪羚谷数字文创园、蒲江县的明月村文创产业园区获得授牌。")
    assert triples == {("瞪羚谷数字文创园", "partOf", "成都高新区", "")}


def test_fields_joined_by_a_conjunction_after_a_zone_name_one_park(extract):
    triples = extract("泰州港经济开发区汽车及零部件产业园主要位于高新园区和临港园区，总规划面积5.8平方公里。")
    assert ("汽车及零部件产业园", "partOf", "泰州港经济开发区", "") in triples


def test_a_bare_high_tech_park_word_in_another_kinds_zone_is_its_park(extract):
    triples = extract("泰州港经济开发区汽车及零部件产业园主要位于高新园区和临港园区，总规划面积5.8平方公里。")
    assert ("高新园区", "partOf", "泰州港经济开发区", "") in triples
    assert not [t for t in triples if t[2].startswith("高新区")]


def test_a_national_agricultural_science_park_is_a_zone(extract):
    triples = extract("中国（重庆）国际食品工业城在重庆渝北国家农业科技园内正式挂牌。")
    assert triples == {("渝北国家农业科技园", "locatedIn", "重庆", "")}


def test_the_park_word_before_a_committee_is_the_agricultural_science_parks(extract):
    triples = extract("考察团来天水国家农业科技园区参观考察，园区管委会党工委副书记宋立平陪同考察。")
    assert ("宋立平", "leads", "天水国家农业科技园区", "管委会党工委副书记") in triples


def test_companies_a_zone_has_are_named_after_the_verb(extract):
    triples = extract("秀洲国家高新区入驻企业以休闲食品为主，园区发展迅速。秀洲国家高新区代表企业有真真老老食品、沃德爱礼食品等。")
    assert triples == {("真真老老食品", "locatedIn", "秀洲国家高新区", ""), ("沃德爱礼食品", "locatedIn", "秀洲国家高新区", "")}


def test_a_projects_owner_role_is_no_part_of_the_companys_name(extract):
    triples = extract("项目业主三台县工投建设发展有限公司董事长江军介绍，厂房将交付企业。")
    assert triples == {("江军", "worksFor", "三台县工投建设发展有限公司", "董事长")}


def test_a_park_of_trades_alone_to_be_built_is_a_goal_not_a_park(extract):
    assert not extract("镇江新区举行揭牌仪式。镇江新区将努力打造长三角地区重要的新材料产业基地。")


def test_a_demonstrative_and_a_count_end_a_listed_company(extract):
    triples = extract("中材航特、凯纳新材料这2家企业已落户埔岭经济开发区。")
    assert triples == {("中材航特", "locatedIn", "埔岭经济开发区", ""), ("凯纳新材料", "locatedIn", "埔岭经济开发区", "")}


def test_partners_building_a_park_together_do_not_settle_in_the_zone(extract):
    triples = extract("南岭县与远川集团携手打造新一代信息技术科创产业园，助力经开区打造成为国内知名功率半导体基地。经开区发展迅速。")
    assert not [t for t in triples if t[0] == "远川集团"]
    triples = extract("信息技术科创产业园由远川高新集团联手青禾产业集团共同打造，助力经开区打造成为国内知名功率半导体基地。经开区发展迅速。")
    assert triples == {("信息技术科创产业园", "partOf", "经开区（t.txt）", "")}


def test_a_quoted_report_title_heard_is_no_measure(extract):
    triples = extract("南岭经开区召开座谈会，听取了远川产业园开发公司总经理刘彦山关于“智能终端产业园进展情况及存在问题”的汇报。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_park_class_before_a_list_word_is_no_park(extract):
    triples = extract("南岭高新区发布本年度大数据产业园名单，高新区研创园榜上有名。南岭高新区发展迅速。")
    assert triples == {("研创园", "partOf", "南岭高新区", "")}


def test_a_partner_co_building_a_park_does_not_settle_in_the_zone(extract):
    triples = extract("丹阳高新区与远川通用集团共建航空航天产业园。远川通用集团总裁闫兴朋介绍了园区共建情况。丹阳高新区发展迅速。")
    assert not [t for t in triples if t[0] == "远川通用集团"]


def test_a_committee_being_set_up_still_heads_a_post_chain(extract):
    triples = extract("东海县循环经济产业园管委会（筹）常务副主任陈新玲一行来协会拜访。东海县循环经济产业园一期项目已开工建设。")
    assert ("陈新玲", "leads", "东海县循环经济产业园", "管委会常务副主任") in triples


def test_a_park_word_in_a_quoted_slogan_list_is_no_park(extract):
    triples = extract("嘉兴港区再迎新伙伴。嘉兴港区管委会与远川能源股份有限公司签约，该项目将有力推进港区建设“百亿企业群、千亿产业带、"
                      "生态产业园”。嘉兴港区发展迅速。")
    assert not [t for t in triples if t[1] == "partOf" and "产业园" in t[0]]


def test_a_park_written_first_with_its_zone_is_the_same_park_written_alone_later(extract):
    triples = extract("湖北省南岭经济开发区的陶瓷工业园\n陶瓷工业园位于南岭县杉木乡烟铺村，项目规划用地2600亩，拟分二期建设。"
                      "截止2010年底，已有星烨、天成等六家大型陶瓷企业落户或投产，该园区已成为湖北四大陶瓷生产基地之一。")
    assert {t for t in triples if t[1] == "locatedIn"} == {("星烨", "locatedIn", "陶瓷工业园", ""), ("天成", "locatedIn", "陶瓷工业园", "")}


def test_a_group_written_without_its_legal_form_is_the_same_company(extract):
    triples = extract("天津远川药业集团总裁郑丹一行来我县调研青禾中药有限公司生产运营情况，县经济开发区管委会主任胡干陪同。"
                      "青禾中药有限公司于2017年被天津远川药业进行控股扩建，建成配方颗粒生产线。县经济开发区发展迅速。")
    assert not [t for t in triples if t[0].startswith("天津远川") and t[1] == "locatedIn"]


def test_companies_settling_in_the_park_by_its_kind_alone_are_in_that_park(extract):
    triples = extract("南岭智能制造科创产业园开园仪式举行。远川科技有限公司、青禾电子有限公司等10家企业签约入驻产业园。南岭经开区发展迅速。")
    assert {t for t in triples if t[1] == "locatedIn"} == {("远川科技有限公司", "locatedIn", "南岭智能制造科创产业园", ""),
                                                            ("青禾电子有限公司", "locatedIn", "南岭智能制造科创产业园", "")}
    triples = extract("青禾机器人产业园坐落于南岭工业园区内。远川科技有限公司、青禾电子有限公司相继落户产业园。")
    assert {t for t in triples if t[1] == "locatedIn"} == {("远川科技有限公司", "locatedIn", "青禾机器人产业园", ""),
                                                            ("青禾电子有限公司", "locatedIn", "青禾机器人产业园", "")}


def test_the_company_a_dotted_park_name_opens_with_runs_it_rather_than_settles_in_it(extract):
    triples = extract("远川·南岭智能制造科创产业园开园。远川集团总裁王明介绍，产业园已有20家企业入驻。")
    assert triples == {("王明", "worksFor", "远川集团", "总裁")}


def test_a_park_with_its_own_approval_bureau_in_an_article_naming_no_zone_is_run_as_a_zone(extract):
    triples = extract("记者从南岭工业园区行政审批局了解到，新的企业服务驿站将启用。今年以来，南岭工业园区以“高效办成一件事”为抓手，"
                      "全面升级企业服务。")
    assert triples == {("南岭工业园区行政审批局", "partOf", "南岭工业园区", ""), ("南岭工业园区", "implements", "高效办成一件事", "")}


def test_what_a_park_brings_together_is_no_measure(extract):
    triples = extract("该项目将打造成为集食品研发生产、食品供应链服务、人才宿舍为一体的现代化食品产业园。南岭高新区发展迅速。")
    assert not [t for t in triples if t[1] == "implements"]


def test_companies_a_group_founded_in_the_zone_are_listed_before_their_count(extract):
    triples = extract("远川集团自2007年起就在南岭开发区先后投资设立了远川净化、远川聚合、远川特种材料3家公司。南岭开发区发展迅速。")
    assert {("远川净化", "locatedIn", "南岭开发区", ""), ("远川聚合", "locatedIn", "南岭开发区", ""),
            ("远川特种材料", "locatedIn", "南岭开发区", "")} <= triples


def test_a_country_after_zai_is_where_something_is_signed_not_a_makers_nationality(extract):
    triples = extract("南岭开发区与青禾集团在德国签署二期项目投资备忘录。南岭开发区发展迅速。")
    assert not [t for t in triples if t[0] == "签署"]


def test_a_parent_group_investing_across_the_country_or_based_abroad_is_not_in_the_zone(extract):
    triples = extract("青禾塑料于1999年入驻南岭开发区，是远川集团在中国投资的唯一一家公司。青禾机械集团是一家总部设在德国的跨国公司。"
                      "南岭开发区发展迅速。")
    assert not [t for t in triples if t[0] in ("远川集团", "青禾机械集团")]


def test_a_short_brand_before_a_bracketed_place_opens_a_parks_name(extract):
    triples = extract("南岭开发区发展迅速。作为省重点建设项目的东久（廊坊）高端制造产业园项目正在加紧建设。南岭开发区秉持服务宗旨。")
    assert ("东久（廊坊）高端制造产业园", "partOf", "南岭开发区", "") in triples


def test_a_districts_bureau_listed_beside_the_zone_is_the_districts(extract):
    triples = extract("区委书记赵炳强带队到南岭经济开发区走访。区财政局、科工局、南岭经济开发区等部门负责同志陪同调研。")
    assert not [t for t in triples if t[1] == "partOf"]


def test_a_demonstrative_park_name_refers_back_to_the_park_of_its_kind(extract):
    triples = extract("县电子产业园位于县经济开发区南部。该科技智能产业园定位为电子信息产业，先后有远川智能科技等9个项目签约入驻。")
    assert triples == {("电子产业园", "partOf", "经济开发区（t.txt）", ""), ("远川智能科技", "locatedIn", "电子产业园", "")}


def test_an_unnamed_zone_written_short_and_in_full_is_one_zone(extract):
    triples = extract("县委书记到县经开区电子产业园调研。县电子产业园位于县经济开发区南部。")
    assert {t[2] for t in triples if t[1] == "partOf"} == {"经开区（t.txt）"}


def test_a_result_aimed_at_is_no_measure(extract):
    triples = extract("开发区经发局组织开展企业服务活动，以助力开发区经济发展实现“全年红”。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_company_the_zone_negotiates_with_is_a_prospect(extract):
    triples = extract("南岭开发区展位设在1号馆。投洽会期间，南岭开发区与福州青禾节能科技有限公司的代表陈先生进行洽谈。")
    assert not [t for t in triples if t[0] == "福州青禾节能科技有限公司"]


def test_companies_the_zone_pursues_or_still_negotiates_with_are_prospects_and_signed_ones_settle(extract):
    triples = extract("南岭高新区召开座谈会。今年，高新区将积极对接青禾电子、远川通讯等企业项目，力促青禾化工、远川网等一批"
                      "在谈企业项目签约，推进新日光集团等已签约企业项目落地落实。高新区引进福瑞玻璃项目，宏达氟化工、东升苯乙酸等项目加快对接。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"新日光集团", "福瑞玻璃"}


def test_a_listed_project_opening_with_a_makers_name_settles_the_maker_not_its_product(extract):
    triples = extract("南岭高新区召开会议。今年，推动青禾远川物联网智能终端、福瑞生物1万吨肌醇、宏达电梯等项目建成投产。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"青禾远川", "福瑞生物", "宏达电梯"}


def test_a_name_read_as_a_persons_that_opens_a_company_name_is_the_companys_short_name(extract):
    triples = extract("知名企业李宁体育与南岭经开区签署正式协议，再投资1亿元新上二期项目。"
                      "李宁体育南岭公司厂长王虎介绍，公司发展迅猛。南岭经开区发展迅速。")
    assert ("李宁体育", "locatedIn", "南岭经开区", "") in triples


def test_a_listed_name_opens_after_the_words_of_what_kind_of_company_it_is(extract):
    triples = extract("南岭台商工业园正式揭牌，首批入驻企业包括全球食品领军企业远川食品、全球最大键盘生产商青禾电脑、"
                      "全球最大笔电枢轴生产企业新日光公司等多家龙头企业。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"远川食品", "青禾电脑", "新日光公司"}


def test_companies_settling_in_a_city_or_lying_in_one_are_not_placed_in_the_zone(extract):
    triples = extract("远川电厂、青禾电子和长春化工等五家台湾著名财团已相继落户龙海市。位于昆山的淳光科技（昆山）有限公司正在规划重建厂房，"
                      "预计将在下半年开始投产。南岭开发区发展迅速。")
    assert not [t for t in triples if t[1] == "locatedIn" and t[2] == "南岭开发区"]


def test_a_department_alone_holding_a_post_is_no_company(extract):
    assert not extract("赖骏凯，智能制造部经理，透露称公司通过实施机械化排程提高了效率。")


def test_a_zone_written_as_a_county_citys_is_in_that_city(extract):
    triples = extract("福建省龙海市引进台资二十六亿美元，占漳州市总量的三分之二。龙海市的角美工业综合开发区是当地台资经济最具规模的区域。")
    assert ("角美工业综合开发区", "locatedIn", "龙海市", "") in triples


def test_a_brand_the_tagger_reads_as_a_place_and_a_verb_still_names_the_company_before_a_post(extract):
    triples = extract("南岭开发区内打造的德昌经济产业园已经开园。德昌营造董事长黄政雄曾表示，会来南岭是因为服务完善。")
    assert ("黄政雄", "worksFor", "德昌营造", "董事长") in triples


def test_a_company_named_after_the_articles_park_and_developing_it_is_not_placed_in_it(extract):
    triples = extract("南岭远川创智产城发展有限公司揭牌暨与青禾镇合作签约仪式在远川创智产业园举行。这标志着远川创智产业园开启新篇章。"
                      "青禾镇党委书记徐佳麟、远川集团董事长蔡伟飞等领导出席并共同为新成立的南岭远川创智产城发展有限公司揭牌。"
                      "远川创智产业园是南岭园转型的重要组成部分。")
    assert not [t for t in triples if t[0] == "南岭远川创智产城发展有限公司"]


def test_fields_listed_before_a_word_of_fields_are_no_companies(extract):
    triples = extract("南岭工业区日本产业园建成标准厂房。总经理表示：希望今后能有更多的日本半导体、生物医药、检测等领域企业进驻园区。")
    assert not [t for t in triples if t[1] == "locatedIn"]


def test_a_memorandum_between_two_governments_is_not_the_zones(extract):
    triples = extract("中国商务部副部长与韩国知识经济部副部长分别代表两国政府签署《共建中韩产业园谅解备忘录》，将在南岭经开区合作建设中韩产业园。"
                      "双方正式同意适时签署两国政府间的《合作备忘录》。在正式签署的这份《合作备忘录》中称，双方将给予支持。南岭经开区发展迅速。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_company_agreeing_with_another_to_build_a_park_together_builds_it(extract):
    triples = extract("第七届进博会期间，远川集团与日本青禾银行、青禾银行（中国）达成合作共建意向，日企（上海）中小企业产业园建设概念由此诞生。"
                      "随后日企产业园落地南岭经开区，现已有远川实验器材等一批日资企业入驻。")
    assert not [t for t in triples if t[0] == "远川集团"]


def test_a_company_listed_after_a_word_for_an_institution_opens_after_it(extract):
    triples = extract("南岭日企产业园今年开园运营，现已有全球精密测试仪器龙头企业远川实验器材、日本最大的干细胞综合医疗机构青禾再生医疗公司"
                      "等一批日资企业入驻。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"远川实验器材", "青禾再生医疗公司"}


def test_a_country_alone_is_no_listed_company(extract):
    triples = extract("南岭日企产业园今年开园运营，现已有全球精密测试仪器龙头企业远川实验器材、日本第三大餐饮连锁企业青禾多、"
                      "日本最大的干细胞综合医疗机构九州再生医疗中心等一批日资企业入驻。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"远川实验器材", "青禾多"}


def test_spaces_around_chinese_punctuation_do_not_break_a_post_chain(extract):
    triples = extract("3月4日下午 ,南岭高新区党工委副书记 、管委会副主任吴宏参加会见 。")
    assert ("吴宏", "leads", "南岭高新区", "党工委副书记、管委会副主任") in triples


def test_another_person_inside_the_chain_holds_the_posts_before_their_name(extract):
    triples = extract("南岭高新区党工委书记吴庆文会见远川集团总裁黄南，就深化合作展开交流。")
    assert triples == {("吴庆文", "leads", "南岭高新区", "党工委书记"), ("黄南", "worksFor", "远川集团", "总裁"),
                       ("南岭高新区党工委", "partOf", "南岭高新区", "")}


def test_a_company_taking_part_in_building_the_zone_or_its_developer_is_not_settled_there(extract):
    triples = extract("远川集团以参与南岭工业园区建设为荣。青禾国际集团由两国政府合作设立，是南岭工业园区开发的主体。"
                      "南岭工业园区管委会主任吴宏介绍，南岭工业园区发展迅速。")
    assert not [t for t in triples if t[1] == "locatedIn" and t[0] in ("远川集团", "青禾国际集团")]


def test_a_rare_surname_the_tagger_leaves_out_after_a_post_opens_the_name(extract):
    triples = extract("南岭开发区党工委书记、管委会主任仝清雷介绍说，我们致力于构建现代化产业体系。")
    assert ("仝清雷", "leads", "南岭开发区", "党工委书记、管委会主任") in triples


def test_projects_the_zone_signs_listed_after_a_colon_settle_their_makers(extract):
    triples = extract("记者从南岭开发区了解到，该区日前签约两个招商项目：远川投资有限公司氢燃料电池动力系统项目、"
                      "青禾交通建设有限公司云轨生产基地项目。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"远川投资有限公司", "青禾交通建设有限公司"}


def test_the_group_a_park_is_named_after_runs_it(extract):
    triples = extract("南岭开发区内的远川鼎业智能制造产业园发展迅速，目前入驻企业已达15家。远川鼎业集团公司副总经理白慧林说，"
                      "标准化厂房的建设就是为企业服务。南岭开发区将继续优化服务。")
    assert not [t for t in triples if t[0] == "远川鼎业集团公司" and t[1] == "locatedIn"]


def test_a_provinces_short_name_before_a_kind_of_its_own_names_a_zone(extract):
    triples = extract("西宁经济技术开发区、青海国家高新技术产业开发区管委会研究同意该方案。")
    assert ("青海国家高新技术产业开发区管委会", "partOf", "青海国家高新技术产业开发区", "") in triples
    assert not extract("河南省开发区考核结果公布。")


def test_a_document_whose_title_names_two_zones_is_issued_by_both(extract):
    triples = extract("《南岭经济技术开发区 青禾高新技术产业开发区促进中小企业发展三年行动方案》已经南岭经济技术开发区、"
                      "青禾高新技术产业开发区管委会研究同意，现印发给你们。")
    assert {t[0] for t in triples if t[1] == "implements"} == {"南岭经济技术开发区", "青禾高新技术产业开发区"}


def test_a_quote_naming_a_class_of_small_enterprises_or_a_figure_is_no_measure(extract):
    triples = extract("南岭高新区加快培育一批“专精特新”中小企业。南岭高新区推行的新机制是打好攻坚战的一把“金钥匙”。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_title_a_park_is_given_names_no_park(extract):
    triples = extract("南岭高新区现代物流业快速发展，智慧物流产业园入选市十佳电商产业园。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {"智慧物流产业园"}


def test_words_ending_in_de_before_a_count_of_companies_name_none(extract):
    triples = extract("目前南岭经开区已吸引40多个国家和地区的620家外商投资企业，世界500强企业有27家。")
    assert not [t for t in triples if t[1] == "locatedIn"]


def test_a_parks_committee_written_short_and_in_full_is_one_unnamed_zones(extract):
    triples = extract("县工业园区管委会副主任郭尚鑫陪同调研。调研组一行先后深入到和信、蓝沛、品和等企业实地查看，建议园区管委会及时解决问题。"
                      "随后，调研组在工业园区管委会召开座谈会。")
    assert {t[2] for t in triples if t[1] in ("locatedIn", "partOf")} == {"工业园区（t.txt）"}


def test_companies_listed_after_a_visit_into_the_zones_bare_word_are_in_it(extract):
    triples = extract("7月17日下午，市委常委、县委书记宋开慧深入园区英马电动车、瑞赛科尔、湘邻纺织等5家企业进行调研，"
                      "副县长朱文华，产业集中区管委会、县发经局、县政府金融办等部门负责人陪同调研。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"英马电动车", "瑞赛科尔", "湘邻纺织"}
    assert {t[0] for t in triples if t[1] == "partOf"} == {"产业集中区管委会"}


def test_sites_listed_as_visited_projects_are_no_companies(extract):
    triples = extract("南岭高新区党工委委员吕长富一行先后来到高新区城管基地、明珠产业园三期、生物医药基地等重点在建项目现场。"
                      "南岭高新区发展迅速。")
    assert not [t for t in triples if t[1] == "locatedIn" and "基地" in t[0]]


def test_an_industrial_areas_committee_post_leads_its_unnamed_zone(extract):
    triples = extract("2月21日，县政协副主席、工业区管委会主任陈恩平带领工作组到建设工地进行督查。工业区一批大项目纷纷上马。")
    assert ("陈恩平", "leads", "工业区（t.txt）", "管委会主任") in triples


def test_a_facility_built_together_with_a_park_does_not_make_the_company_its_builder(extract):
    triples = extract("2023年10月18日，苏州远川集团与上海南岭高科技园区合作共建的博士后工作站正式揭牌运营。作为苏州远川集团在长三角地区"
                      "布局的重要研发节点，该工作站将聚焦生物医药领域。上海南岭高科技园区代表指出，此次合作是产学研深度融合的典范。")
    assert ("苏州远川集团", "locatedIn", "上海南岭高科技园区", "") in triples


def test_a_quote_naming_a_meeting_for_frank_talks_is_no_measure(extract):
    triples = extract("南岭高新区举行“我与示范区建设”恳谈会，为企业上市建言献策。")
    assert not [t for t in triples if t[1] == "implements"]


def test_zones_joined_as_a_subject_all_practise_the_quoted_system(extract):
    triples = extract("目前，深圳、南京等重要城市实施了相关制度；南岭经开区和青禾高新区等也加入到“链长制”实践队伍。")
    assert {t[0] for t in triples if t[1] == "implements"} == {"南岭经开区", "青禾高新区"}


def test_quotes_a_demonstrative_of_ways_points_to_are_the_zones_measures(extract):
    triples = extract("在南岭开发区的实践中，我们根据企业所处的行业制定差异化的政策包。这种“一企一策”“一行一策”的精准滴灌，"
                      "极大提升了政策的有效性。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"一企一策", "一行一策"}


def test_enterprise_groups_of_a_kind_are_no_companies(extract):
    triples = extract("至2023年底，南岭台商投资区已有台资企业80家，台湾岛内已有恒兴、华泰等八大上市企业集团在区内投资发展。"
                      "园区还吸引了一大批台湾高科技企业集团。")
    companies = {t[0] for t in triples if t[1] == "locatedIn"}
    assert {"恒兴", "华泰"} <= companies and not [c for c in companies if c.endswith("企业集团")]


def test_a_company_the_park_keeps_close_ties_with_is_not_placed_there(extract):
    triples = extract("南岭科技园已与青禾电子集团等一大批企业建立了密切的联系，引进了以宏达科技、远川光电等为代表的龙头企业。")
    placed = {t[0] for t in triples if t[1] == "locatedIn"}
    assert "青禾电子集团" not in placed and {"宏达科技", "远川光电"} <= placed


def test_a_quoted_team_is_no_measure_but_one_group_per_firm_is(extract):
    triples = extract("南岭高新区推行“一企一组”服务机制，并专门成立了“南岭高新区招商与建设对接组”。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"一企一组"}


def test_the_head_of_an_association_works_for_no_company(extract):
    triples = extract("南岭海峡交流基金会董事长林志远、青禾科技集团董事长陈国华出席南岭经开区签约仪式。")
    assert {(t[0], t[2]) for t in triples if t[1] == "worksFor"} == {("陈国华", "青禾科技集团")}


def test_a_company_word_before_a_system_names_no_company(extract):
    triples = extract("南岭国家农业科技园区推行“运行公司制、投资业主制”的“两制”运行机制。园区企业年度营业收入为512亿。")
    assert not [t for t in triples if t[1] == "locatedIn" and t[0].endswith("公司")]
    assert ("南岭国家农业科技园区", "implements", "两制", "") in triples


def test_a_short_park_before_its_own_committee_is_run_as_the_zone(extract):
    triples = extract("8月2日，高创园召开全体工作人员会议，镇党委书记、高创园党工委书记路志明主持会议。"
                      "高创园党工委副书记、主任蔡文出席会议。")
    assert ("路志明", "leads", "高创园", "党工委书记") in triples
    assert ("蔡文", "leads", "高创园", "党工委副书记、主任") in triples


def test_a_city_bureaus_branch_for_the_zone_names_no_zone_and_is_no_body_of_it(extract):
    triples = extract("高新区行政服务中心组织税务局高新区分局相关负责同志，打造“办问协同”窗口。市场监督管理局高新区分局局长李明出席。")
    assert triples == {("高新区（t.txt）", "implements", "办问协同", ""), ("高新区行政服务中心", "partOf", "高新区（t.txt）", "")}


def test_a_zone_written_short_of_its_rank_is_the_same_zone(extract):
    triples = extract("南岭经济技术开发区举办集中签约活动。去年，南岭经济开发区新建工厂面积超过200万平方米，南岭经济开发区"
                      "将继续深入推进“降成本、优化环境”专项行动。")
    assert ("南岭经济技术开发区", "implements", "降成本、优化环境", "") in triples
    assert not [t for t in triples if t[0] == "南岭经济开发区"]


def test_a_quote_before_a_count_of_industries_is_no_measure(extract):
    triples = extract("南岭经济技术开发区重点打造“两灯一车”三大主导产业，深入推进“降成本、优化环境”专项行动。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"降成本、优化环境"}


def test_a_zones_former_name_is_the_same_zone(extract):
    triples = extract("南岭综合保税区前身是南岭出口加工区，于2003年经国务院批准设立。南岭出口加工区曾推行“一企一策”服务机制。")
    assert triples == {("南岭综合保税区", "implements", "一企一策", "")}


def test_a_city_bureau_opening_the_clause_runs_the_reform_it_pushes(extract):
    triples = extract("各单位相继提出整改措施。如，市港口口岸局与海关等口岸部门共同研究推进口岸流程改革；南岭保税区管委会探索推行"
                      "企业家例会制度。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"企业家例会制度"}


def test_the_item_holding_the_arrival_verb_names_the_company_after_it(extract):
    triples = extract("3月2日，县委书记孙志强、县长孔磊一行来经济开发区调研企业发展情况。县委常委范国龙，经济开发区党工委书记、"
                      "管委会主任张钊一同参加调研。孙志强、孔磊一行先后到雅美科技、京博农化2000吨/年原药项目、万事达建筑钢品研发中心、"
                      "御馨生物年产3万吨蛋白项目实地调研。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"雅美科技", "京博农化", "御馨生物"}


def test_companies_in_a_sentence_a_park_opens_are_in_that_park(extract):
    triples = extract("南岭高新区发展迅速。南岭高新区健康食品产业园总规划面积3平方公里，入驻企业以生产休闲食品为主，代表企业有"
                      "真真食品、煌上煌等。青禾产业园是宏达集团和中通公司强强联合，打造的物流园区。")
    assert ("真真食品", "locatedIn", "健康食品产业园", "") in triples
    assert ("煌上煌", "locatedIn", "健康食品产业园", "") in triples
    assert not [t for t in triples if t[0] == "宏达集团" and t[2] == "青禾产业园"]
    # … and in the sentence after, when it opens with 其中 and goes on with the park's projects
    triples = extract("南岭高新区项目建设提速。南岭高新区一季度新开工项目25项。青禾工业园区新增4项新开工项目，涉及动力电池等领域。"
                      "其中，青禾华泰新能源科技有限公司生产线技改项目计划年内完工。南岭高新区将继续优化营商环境。")
    assert ("青禾华泰新能源科技有限公司", "locatedIn", "青禾工业园区", "") in triples


def test_a_mechanism_written_after_the_province_s_party_committee_and_government_is_theirs(extract):
    triples = extract("今年以来，南岭高新区按照省委、省政府“链长制”工作机制，坚持“三个聚焦、三个提升”，培育重点项目。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"三个聚焦、三个提升"}


def test_a_campaign_the_zone_fits_its_work_to_is_not_its_own(extract):
    triples = extract("今年，南岭高新区结合“营商环境提升年”活动，推行全流程“批前”服务清单。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"批前"}


def test_a_company_pointed_at_by_its_trade_is_unnamed(extract):
    triples = extract("南岭高新区推行拿地即开工。“这个不锈钢管业有限公司项目二期进行了设计变更。”南岭高新区投资促进局工作人员说。"
                      "沃太能源董事张新艳介绍，园区项目办工作人员及时跟进。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"沃太能源"}


def test_the_group_a_company_belongs_to_is_not_placed_with_it(extract):
    triples = extract("南岭经开区“三个一批”活动举行。随后，区领导一行赴豫新汽车热管理科技有限公司观摩项目投产情况，希望该公司继续"
                      "做大做强，为南岭经开区高质量发展加砖添瓦。据了解，豫新汽车热管理科技有限公司成立于1963年，隶属航空工业新航集团。")
    assert not [t for t in triples if t[0] == "航空工业新航集团"]


def test_a_phase_of_building_is_no_measure(extract):
    triples = extract("南岭保税港区正抓紧实施保税港区一期工程，确保今年10月封关验收；同时推行企业家例会制度。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"企业家例会制度"}


def test_a_system_the_zone_enforces_strictly_is_its_measure(extract):
    triples = extract("南岭高新区合理分配窗口，严格“首问负责制”，让纳税人可以即到即办。")
    assert ("南岭高新区", "implements", "首问负责制", "") in triples


def test_parks_outside_the_zone_in_general_are_no_park(extract):
    triples = extract("南岭高新区要加快区外科技园区的建设，对军工科技园、大学生创业园等要科学规划。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {"军工科技园", "大学生创业园"}


def test_kinds_of_company_are_no_names(extract):
    triples = extract("南岭创新产业园累计引进德语区企业82家。德国铭普思是一家国际化公司，计划成立独立子公司，为园区企业提供服务。"
                      "中国公司和国际公司在这里形成了良好互动环境。")
    assert not [t for t in triples if t[0].endswith("公司")]


def test_a_country_before_a_trade_or_a_count_names_no_maker(extract):
    triples = extract("德国博马科技涡轮增压器项目、德国新材料车体项目等10个重点项目在南岭生态园现场签约。德国累计在青投资项目365个。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} <= {"博马科技", "博马"}


def test_a_foreign_name_joined_by_a_middle_dot_after_a_post_is_a_person(extract):
    triples = extract("皮尔磁集团执行合伙人托马斯·皮尔磁说，南岭创新产业园配套完善。")
    assert ("托马斯·皮尔磁", "worksFor", "皮尔磁集团", "执行合伙人") in triples


def test_a_quote_in_a_clause_that_says_what_should_be_done_is_no_measure(extract):
    triples = extract("南岭开发区推行“企业服务日”制度；要形成产业“聚集效应”，吸引众多同类企业落户。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"企业服务日"}


def test_a_document_the_state_ministries_issue_is_not_the_zones(extract):
    triples = extract("南岭高新区大力发展电商。今年8月，商务部、农业部联合发布了《关于深化农商协作大力发展农产品电子商务的通知》，"
                      "南岭高新区及时把握政策导向，出台了《南岭高新区电商产业扶持办法》。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"南岭高新区电商产业扶持办法"}


def test_a_quote_naming_an_exemplar_of_settlers_is_no_measure(extract):
    triples = extract("南岭高新区着力打造电商快递产业园，吸引入驻了以“青禾优选”农村电商全产业链项目为代表的一批电商物流企业。")
    assert not [t for t in triples if t[1] == "implements"]



def test_every_company_of_a_list_the_park_reaches_cooperation_with_is_a_partner(extract):
    triples = extract("南岭新能源汽车产业园区推动现有企业做大做强。青禾汽车部件有限公司抢抓机遇，与远川汽车、宏达汽车、金禾汽车等"
                      "整车企业达成合作。")
    placed = {t[0] for t in triples if t[1] == "locatedIn"}
    assert placed == {"青禾汽车部件有限公司"}


def test_a_region_of_origin_before_a_kind_of_company_names_none(extract):
    triples = extract("南岭高新区紧盯整车上下游头部企业，加快突破一批欧美跨国公司和美国上市公司，宏达科技有限公司落户南岭高新区。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"宏达科技有限公司"}


def test_a_verb_of_backing_opens_the_list_of_companies_backed(extract):
    # (the tagger reads 持之以|恒支持 as an organisation before 悦达起亚; the verb still opens the list)
    triples = extract("南岭产业园区持之以恒支持悦达起亚、华禾运通等整车企业发展壮大，培育出了中通客车、宏达织机等龙头企业。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"悦达起亚", "华禾运通", "中通客车", "宏达织机"}


def test_the_owner_a_company_is_said_to_be_a_plant_of_is_not_placed_with_it(extract):
    triples = extract("南岭产业园区推动现有企业做大做强。青禾汽车部件系统有限公司是全球十大汽车零部件供应商之一——"
                      "远川集团在全球的战略工厂之一。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"青禾汽车部件系统有限公司"}


def test_a_quote_after_a_modal_and_a_verb_is_what_should_be_built(extract):
    triples = extract("南岭高新区推行“企业服务日”制度。南岭科技城要建成“智慧经济城”和“创新先导城”。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"企业服务日"}


def test_posts_listed_after_a_company_head_are_that_companys(extract):
    triples = extract("南岭开发区管委会主任陈立、青禾集团董事长王川、总裁常军、副总裁梁田、王凯等参加封顶仪式。")
    assert {t for t in triples if t[1] == "worksFor"} == {
        ("王川", "worksFor", "青禾集团", "董事长"), ("常军", "worksFor", "青禾集团", "总裁"),
        ("梁田", "worksFor", "青禾集团", "副总裁"), ("王凯", "worksFor", "青禾集团", "副总裁")}


def test_government_departments_listed_with_a_company_are_no_company(extract):
    triples = extract("南岭万创产业园内彩旗招展。业主表示，将配合政府部门、青禾集团做好各项衔接工作。")
    assert not [t for t in triples if t[0] == "政府部门"]


def test_a_quote_a_park_holds_as_one_is_no_measure(extract):
    triples = extract("南岭开发区推行“企业服务日”制度。园区以“生产制造+总部办公+产业配套服务”为一体。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"企业服务日"}


def test_a_corps_rank_before_a_zone_is_no_part_of_its_name(extract):
    triples = extract("新疆兵团级南岭经济开发区获批成立，已规划建设了商贸物流园区。")
    assert ("商贸物流园区", "partOf", "南岭经济开发区", "") in triples


def test_parks_listed_after_a_park_are_parks(extract):
    triples = extract("南岭开发区已规划建设了商贸物流园区、旅游会展园区、文化科教园区3个版块。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {"商贸物流园区", "旅游会展园区", "文化科教园区"}


def test_a_line_of_work_between_the_company_referred_back_to_and_a_post_stays_in_the_title(extract):
    triples = extract("青禾风电设备有限公司是南岭开发区首批入驻企业。该公司行政负责人吴浩说，今年已投产。"
                      "据该公司项目经理罗玉森介绍，订单已排到明年。公司法人蒋力宾表示满意。")
    assert {t for t in triples if t[1] == "worksFor"} == {
        ("吴浩", "worksFor", "青禾风电设备有限公司", "行政负责人"), ("罗玉森", "worksFor", "青禾风电设备有限公司", "项目经理"),
        ("蒋力宾", "worksFor", "青禾风电设备有限公司", "法人")}


def test_a_post_in_a_companys_board_committee_is_at_the_company(extract):
    triples = extract("青禾集团南岭项目是南岭新区引进的项目。青禾集团战略委员会总裁刘宏说，项目进展顺利。")
    assert ("刘宏", "worksFor", "青禾集团", "战略委员会总裁") in triples


def test_the_theme_of_a_press_conference_is_no_measure(extract):
    triples = extract("南岭区召开“加快大项目建设，促进产业结构优化升级”主题新闻发布会。南岭经开区副主任魏新成围绕“加快大项目建设，"
                      "促进产业结构优化升级”这一主题回答记者提问。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_park_said_to_be_one_of_few_of_its_kind_names_no_park(extract):
    triples = extract("青山镇产业园区纳入南岭经开区管理，青山镇产业园区是兵团少有的团域棉纺产业园区。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {"青山镇产业园区"}


def test_a_corps_divisions_zone_is_named_with_its_division(extract):
    triples = extract("兵团办公厅同意第一师南岭经济技术开发区扩区，设立南岭镇产业园区。")
    assert ("南岭镇产业园区", "partOf", "第一师南岭经济技术开发区", "") in triples



def test_companies_several_governments_each_sign_with_are_not_placed_in_the_zone(extract):
    triples = extract("78户企业向新区拓展搬迁 青禾远川已开工建设\n今年以来，南岭市企业出城入园搬迁改造工作取得积极进展。截至目前，"
                      "已有78户企业启动向南岭新区拓展搬迁工作。近期在南岭新区举行的签约仪式上，市政府、南岭新区及青山县政府分别与"
                      "华通制药、星河机床、思远包装等14家企业签订了出城入园项目推进协议。")
    assert not [t for t in triples if t[1] == "locatedIn" and t[2] == "南岭新区"]


def test_a_kind_of_zone_a_zone_is_described_as_is_no_zone(extract):
    triples = extract("贵州南岭经济开发区主要定位为发展煤电化循环经济的新型经济开发区。我区所有企业实行干部五包责任制及园长负责制。")
    assert {(t[0], t[2]) for t in triples if t[1] == "implements"} == {
        ("贵州南岭经济开发区", "干部五包责任制"), ("贵州南岭经济开发区", "园长负责制")}


def test_a_quote_in_a_decision_from_above_is_no_measure(extract):
    triples = extract("南岭高新区推行“企业服务日”制度。园区要按照省委、省政府关于大力实施“四强”行动的决策部署，加快培育主导产业。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"企业服务日"}


def test_firms_moving_to_a_place_that_is_no_zone_are_not_placed_in_it(extract):
    triples = extract("78户企业向新区拓展搬迁 青禾远川已开工建设\n今年以来，南岭市企业出城入园搬迁改造工作取得积极进展。截至目前，"
                      "已有78户企业启动向南岭新区拓展搬迁工作。另有35户企业启动向远郊县区搬迁，其中，华通机械、星河锅炉等11户企业"
                      "已竣工投产。")
    assert not [t for t in triples if t[1] == "locatedIn" and t[0] in ("华通机械", "星河锅炉")]


def test_a_measure_written_again_without_a_zone_stays_with_the_zone_that_runs_it(extract):
    triples = extract("青山经济开发区和南岭经济开发区积极投身改革。\n青山经济开发区推出“闲置资源嫁接招商”模式。"
                      "在积极推进“闲置资源嫁接招商”的同时，开发区对购地类项目招引也毫不放松。\n南岭经济开发区创新打造“多方协同、"
                      "精准发力”的招商模式。南岭经济开发区商务局局长杜萍介绍了情况。南岭经济开发区已吸引285家企业入驻。")
    assert {(t[0], t[2]) for t in triples if t[1] == "implements"} == {
        ("青山经济开发区", "闲置资源嫁接招商"), ("南岭经济开发区", "多方协同、精准发力")}


def test_events_joined_by_a_conjunction_of_occasions_are_no_measure(extract):
    triples = extract("南岭高新区推行“企业服务日”制度。“2018中外企业家走进南岭投资环境说明会暨合作项目签约”活动举行，南岭高新区作了推介。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"企业服务日"}


def test_the_places_a_zone_is_said_to_lie_in_after_a_note_and_a_description(extract):
    triples = extract("广西-南岭经济技术开发区（以下简称“南岭经开区”）位于中国绿城-广西首府南宁市武鸣区，距南宁市区30公里。")
    assert {t[2] for t in triples if t[1] == "locatedIn"} == {"广西", "南宁市", "武鸣区"}



def test_companies_brought_in_before_de_are_named_without_it(extract):
    triples = extract("南岭经开区不断创新招商方式。随着青禾、远川、丰业·百会、华通等一批重大医药项目的引进与园区内原已引进的星河物流、"
                      "宏达医药等医药流通企业，延伸医药产业配套企业的招商。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"青禾", "远川", "丰业·百会", "华通", "星河物流", "宏达医药"}


def test_a_park_of_a_size_class_is_no_park(extract):
    triples = extract("南岭高新区积极作为。今年来，青山·中关村科技园、中新青山国际物流园等一批重大项目在南岭高新区开花结果。其中，"
                      "青山·中关村科技园百亿级电子信息产业园分两期开展建设。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {"青山·中关村科技园", "中新青山国际物流园"}


def test_a_modern_development_zone_to_be_built_is_no_zone(extract):
    triples = extract("自治区人民政府同意建立南岭经济技术开发区。开发区规划建设羊绒工业园区、纺织工业园区、建材工业园区等，最终建成"
                      "产业突出、服务功能齐全的现代化开发区。")
    assert {t[2] for t in triples if t[1] == "partOf"} == {"南岭经济技术开发区"}


def test_an_economic_zone_with_a_committee_of_its_own_is_a_zone(extract):
    triples = extract("“今年以来，已经有9个项目落地。”青山岛经济区管委会相关负责人介绍。由大连市人民政府和青山岛经济区管委会主办，"
                      "远川传媒集团协办的网络招商推介会举行。青山岛经济区是国家级开发区。")
    assert ("青山岛经济区管委会", "partOf", "青山岛经济区", "") in triples
    assert not [t for t in triples if t[0] == "远川传媒集团"]


def test_a_bare_kind_stands_only_for_a_named_area_of_its_kind(extract):
    triples = extract("南岭新区管委会主任张立介绍了南岭新区探索经济区与行政区适度分离改革的情况。")
    assert not [t for t in triples if t[0].startswith("经济区")]


def test_a_county_written_with_its_zone_in_brackets_is_where_the_zone_is(extract):
    triples = extract("4月27日上午，江西省安义县（青山经开区）举行重大重点项目集中开工仪式。青山经开区招商局副局长熊燕红介绍了项目情况。")
    assert ("青山经开区", "locatedIn", "安义县", "") in triples


def test_two_slogans_combined_as_a_way_of_working_are_no_measures(extract):
    triples = extract("今年以来，南岭经开区组建五支专业招商小分队，采取“请进来”与“走出去”相结合的方式，精准开展链式招商；"
                      "着力打造“实体大厅+网上大厅”相结合的审批模式，实现了8年“三连跳”。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"实体大厅+网上大厅"}


def test_companies_listed_after_a_word_for_leading_enterprises_and_closed_by_deng(extract):
    triples = extract("南岭经开区成立于2000年8月。南岭经开区是四川省优秀工业园区。南岭经开区发展思路明确，大力培育先进材料产业，"
                      "帮助龙头企业东材科技、虹科创新等向产业高端发展。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"东材科技", "虹科创新"}


def test_companies_listed_as_building_a_platform_together_are_its_developers(extract):
    triples = extract("近日，青山科技产业园项目正式签约落地南岭新区。南岭新区是国家级新区。该项目是南岭新区沣东新城联合中信正业控股集团有限公司、"
                      "青禾新能源开发公司及中国远川国际投资有限公司共同投资建设的重要产业平台。")
    assert not [t for t in triples if t[1] == "locatedIn" and t[0].endswith("公司")]


def test_a_ranking_named_in_quotes_is_no_measure(extract):
    triples = extract("南岭经开区推行“企业服务日”制度。赛迪顾问发布“2023园区高质量发展百强”排名，南岭经开区位居全国第14位。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"企业服务日"}


def test_a_new_area_written_after_its_place_and_a_middle_dot_is_a_zone(extract):
    triples = extract("以“开放高地·创赢未来”为主题的2023重庆·南岭新区全球招商大会举行。南岭新区全面开启二次创业。"
                      "青禾锂业、远川智能、华通电机等一批重大产业项目加快推进。")
    assert {t[0] for t in triples if t[1] == "locatedIn" and t[2] == "南岭新区"} == {"青禾锂业", "远川智能", "华通电机"}


def test_a_report_card_is_no_measure(extract):
    triples = extract("南岭高新区推行“企业服务日”制度。会上，南岭高新区相关部门负责人从打造内陆开放门户、科技创新等多方面对“十年成绩单”"
                      "进行了解读。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"企业服务日"}


def test_a_name_cut_out_of_a_zones_kind_word_is_no_measure(extract):
    triples = extract("南岭经济技术开发区获批成立。省长强调，要进一步深化开发区体制机制改革，持续做大做强主导产业。")
    assert not [t for t in triples if t[1] == "implements"]


def test_a_park_written_as_the_zones_former_name_is_no_part_of_it(extract):
    triples = extract("南岭辽河经济开发区位于南岭主城区东南部，成立于2008年4月，前身为南岭中小企业创业园区，现已入驻企业289户。")
    assert not [t for t in triples if t[1] == "partOf"]


def test_companies_listed_as_supporting_units_are_companies(extract):
    triples = extract("南岭经开区充分发挥产业园优势，成功引进青禾鼎汉、远川北海通信等10家轨道交通产业链配套单位签约入驻。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"青禾鼎汉", "远川北海通信"}


def test_a_company_whose_chairman_arrives_escorted_or_looks_around_at_once_is_a_visitor(extract):
    triples = extract("宁远集团董事长王明一行，在市委常委李强的陪同下到高新区就纺织项目进行考察。高新区将全力支持。")
    assert ("王明", "worksFor", "宁远集团", "董事长") in triples
    assert not [t for t in triples if t[0] == "宁远集团" and t[1] == "locatedIn"]
    triples = extract("宁远集团董事长王明考察高新区纺织产业园。高新区将全力支持。")
    assert not [t for t in triples if t[0] == "宁远集团" and t[1] == "locatedIn"]


def test_a_company_whose_chairman_escorts_the_visitors_is_at_home(extract):
    triples = extract("市委书记李强到高新区调研，宁远集团董事长王明陪同考察。高新区将全力支持。")
    assert ("宁远集团", "locatedIn", "高新区（t.txt）", "") in triples


def test_units_counted_out_in_quotes_name_no_company(extract):
    triples = extract("宁远开发区坚持市场化改革，全面推行“管委会公司”制度，内设机构由原来的23个减少到“五中心一公司”。"
                      "宁远开发区拥有高新技术企业23家。")
    assert not [t for t in triples if t[1] == "locatedIn"]


def test_a_circular_economy_pilot_zone_is_a_zone_and_a_maker_opening_its_project_with_a_compound_product_settles(extract):
    triples = extract("华宁200万千瓦光热储一体化项目、河道水利枢纽……23日，宁远循环经济试验区首批项目正式集中开复工。"
                      "宁远循环经济试验区党工委书记王明出席。")
    assert ("王明", "leads", "宁远循环经济试验区", "党工委书记") in triples
    assert ("华宁", "locatedIn", "宁远循环经济试验区", "") in triples


def test_an_industrial_cooperation_park_is_a_park(extract):
    triples = extract("东湖经济开发区加快推进东湖两岸产业合作园区建设，宁远集团签约落户东湖两岸产业合作园区。")
    assert ("宁远集团", "locatedIn", "东湖两岸产业合作园区", "") in triples


def test_smart_manufacturing_read_as_a_verb_stays_in_a_park_s_name(extract):
    triples = extract("东湖经济开发区奋力推动东湖石材产业园、文秀数字智造产业园建设，并进行统一管理。")
    assert ("文秀数字智造产业园", "partOf", "东湖经济开发区", "") in triples


def test_a_prefecture_s_officials_and_bureaus_are_not_the_zone_s(extract):
    triples = extract("湘西州副州长王明、商务局局长李强等陪同考察。听取了湘西州商务局局长李强对全州开发区情况的介绍。"
                      "东湖经济开发区党工委书记张伟表示欢迎。")
    assert {t for t in triples if t[1] in ("leads", "partOf")} == {
        ("张伟", "leads", "东湖经济开发区", "党工委书记"), ("东湖经济开发区党工委", "partOf", "东湖经济开发区", "")}
    assert not [t for t in triples if "全州" in t[0]]


def test_a_factory_the_tagger_reads_as_an_organisation_is_a_company(extract):
    triples = extract("督查组到东湖经济开发区调研，在宁丰达电梯厂察看了工程建设的进度。东湖经济开发区发展很快。")
    assert ("宁丰达电梯厂", "locatedIn", "东湖经济开发区", "") in triples
    triples = extract("东湖经济开发区引进嘉宁食品有限公司，嘉宁食品新厂已经投产。东湖经济开发区发展很快。")
    assert not [t for t in triples if t[0].endswith("新厂")]


def test_a_cooperation_park_s_name_reads_across_the_provinces_it_spans(extract):
    triples = extract("东湖经济开发区与宁丰合作，在建的东湖宁丰跨省区经济合作园区规划面积10平方公里。")
    assert ("东湖宁丰跨省区经济合作园区", "partOf", "东湖经济开发区", "") in triples


def test_an_industry_and_trade_park_named_by_its_city_is_a_park(extract):
    triples = extract("在宁远中心城市新城区的宁远工贸园，标准厂房里，宁丰科技、华宁纺织等企业正加紧生产。宁远工贸园区发展很快。")
    assert {(t[0], t[2]) for t in triples if t[1] == "locatedIn"} == {("宁丰科技", "宁远工贸园区"), ("华宁纺织", "宁远工贸园区")}


def test_a_cooperation_zone_set_up_abroad_in_quotes_is_no_measure_and_an_overseas_park_no_name(extract):
    triples = extract("宁远经济开发区推行“一窗通办”，并在缅甸曼德勒设立境外工业园区“宁远—曼德勒经济贸易合作区”。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"一窗通办"}
    assert not [t for t in triples if t[1] == "partOf"]


def test_a_district_written_before_the_zone_s_quoted_name_is_where_it_is(extract):
    triples = extract("新一届宁德市委确定把市府驻地蕉城区“宁德高新技术产业开发区”作为重大标杆项目着力推进。")
    assert ("宁德高新技术产业开发区", "locatedIn", "蕉城区", "") in triples


def test_a_city_s_generic_zones_written_with_each_are_no_zone_by_name(extract):
    triples = extract("本次活动，宁德市各开发区签约项目11个。李强宣布宁德市开发区第三次开工项目集中开工，并观摩了东湖经开区低碳生态园。")
    assert not [t for t in triples if t[0] == "宁德市开发区" or t[2] == "宁德市开发区"]


def test_a_kind_of_company_counted_in_households_is_no_company(extract):
    triples = extract("宁远工业园区入住各类企业37户，其中工业企业10户，网络公司3户，商品流通企业19户。宁远工业园区发展很快。")
    assert not [t for t in triples if t[1] == "locatedIn"]


def test_the_province_whose_government_approved_a_city_s_zone_is_where_it_is(extract):
    triples = extract("宁德经济技术开发区是1993年经福建省人民政府批准建立的省级经济技术开发区，位于宁德市。")
    assert {t[2] for t in triples if t[1] == "locatedIn"} == {"福建省", "宁德市"}


def test_a_zone_s_units_counted_out_in_quotes_and_listed_after_are_its_bodies(extract):
    triples = extract("宁远高新技术产业园区是省级高新技术产业园区。园区内设机构“三局一室”，即经济发展局、规划建设局、农村工作局、党政办公室。")
    assert {t[0] for t in triples if t[1] == "partOf"} == {
        "宁远高新技术产业园区经济发展局", "宁远高新技术产业园区规划建设局", "宁远高新技术产业园区农村工作局", "宁远高新技术产业园区党政办公室"}


def test_a_high_tech_park_written_short_is_the_zone_and_an_honour_awarded_no_measure(extract):
    triples = extract("宁远高新技术产业园区与宁丰办事处是两块牌子，办事处曾被民政部评定为“全国最佳街道”。"
                      "宁远高新园实行“封闭管理、开放运行”的运作方式。")
    assert {t[2] for t in triples if t[1] == "implements"} == {"封闭管理、开放运行"}


def test_names_that_represent_a_zone_s_industry_are_its_companies_and_kinds_that_do_are_none(extract):
    triples = extract("东湖高新区已形成了以宁丰、华科为代表的电子信息产业。东湖高新区发展很快。")
    assert {t[0] for t in triples if t[1] == "locatedIn"} == {"宁丰", "华科"}
    triples = extract("东湖高新区建成以生物疫苗为代表的生物科技产业园和以五金机电、中药及中成药制造为代表的产业。")
    assert not [t for t in triples if t[1] == "locatedIn" and t[2] == "东湖高新区"]


def test_the_one_park_an_article_refers_back_to_as_this_zone_is_run_as_one(extract):
    triples = extract("宜春市宁丰工业园区位于奉新县县城东郊处，于2001年建成。该开发区坚持科学规划，设立了财税所、工商所等服务机构。")
    assert ("宁丰工业园区", "locatedIn", "奉新县", "") in triples
