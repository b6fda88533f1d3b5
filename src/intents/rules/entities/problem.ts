/**
 * Problems a guest or customer reports without saying "complaint": a broken thing, a noise, a dirty
 * room, a long wait, a wrong bill. A small lexicon of what goes wrong in rooms, restaurants and
 * deliveries, plus the shapes such reports take ("X不工作", "nobody answered", "still no Y").
 */

const ZH_PROBLEMS = [
  // noise and sleep
  "吵", "噪音", "噪声", "杂音", "装修", "没睡好", "睡不着", "隔音",
  // dirt, smell, pests
  "脏", "不干净", "污渍", "污迹", "霉", "头发", "(?<![除杀灭防驱捉])虫", "蟑螂", "老鼠", "蚊子", "异味", "臭", "烟味", "发黄", "有血",
  // broken things
  // "我妈开心坏了", "乐坏了": 坏了 after a feeling says how much, not that something broke.
  "(?<!开心|高兴|乐|美|笑|激动|感动|饿|累|忙|馋|困)坏了", "坏掉", "宕机", "死机", "系统崩", "崩溃", "漏水", "滴水", "渗水", "堵了", "堵住", "不出水", "不出热水", "不热", "冷水澡", "不够热", "看不了", "用不了", "没法用", "(?<!能)不能用", "没打扫", "没收拾", "没换", "没人打扫", "修一下", "来修", "生锈", "锈了", "(?:推|走|放|塞|抬|挤)不进(?:去|来)?|进不去|进不来", "(?:闹着|吵着|嚷着|非要|说要)退货", "没热水", "没有热水", "水太凉", "水很凉", "不亮", "打不开",
  "开不了", "走音", "(?:很|好|太|真|特别)难听", "关不上", "锁不上", "不制冷", "不制热", "不工作", "失灵", "没反应", "连不上", "没信号", "网太慢", "网很慢", "断网", "停电",
  // food
  // "菜老早冷掉了", "服务员还摆臭面孔", "热水一直不来": cold food, a sour face, no hot water.
  "冷掉了", "臭脸", "臭面孔", "摆脸色", "甩脸色", "热水(?:一直)?(?:不来|不出|没来)",
  "难吃", "太咸", "太淡", "太辣", "太油", "馊", "变质", "过期", "不(?:太|够|怎么|大)?新鲜", "吃(?:了|完)[^，,。]{0,6}不(?:太)?舒服", "夹生", "没熟", "冷了", "凉了", "冻了", "冻晒", "凉晒", "冷晒", "上错", "少上",
  // service and waiting
  "(?:师|员|傅|司机|导游|技师|保洁|阿姨|前台|管家|教练|医生)(?:又|还)?迟到", "给(?:我|我们)?(?:个|一个)说法", "没人理", "没人管", "没人接", "没人来", "不理人", "态度(?!(?:也|都|一直)?(?:特别|非常|很|超|真|挺|相当|太)?(?:好|棒|赞|热情|不错|亲切|友善|周到|耐心))", "等了", "等半天", "半天没", "太慢", "好慢", "迟迟", "还没送", "还没到", "还没来",
  // money
  "扣了两次", "乱扣", "(?:老师|外教|教练|师傅|司机|技师|保洁|阿姨|医生|导游|服务员|你们的?[^，,。]{0,4})(?:上课|上门)?(?:一直|老是|总是|又|经常)迟到", "已经第[二三四五六七八九十\\d]次了", "迟到(?:了)?(?:[两三四五六七八九十\\d]+|好几|很多)次", "希望(?:你们|学校|酒店|店里|贵司|公司|老板)?(?:能)?重视", "(?:被)?(?:剃|剪|刮|划|割)(?:破|伤)", "你们怎么(?:弄|搞|做)的", "(?<!想|要|能|价格?|价钱)压到(?![\\d一二两三四五六七八九十几百千万])", "压坏", "压扁", "(?:很|蛮|超|好|真|有点|非常)不爽", "(?:太|很|真|非常|极其|特别)不合理", "扣了我[\\d一二两三四五六七八九十百几]+", "(?:太|很|真|完全|一点都)不值", "敷衍", "应付了事", "没(?:用|碰|动|喝|吃)过.{0,6}(?:扣|收)", "(?:被|给)(?:别人|人)(?:占|订)了", "重复扣", "多扣", "多收", "乱收费", "收错", "算错", "退款", "没退",
  // feelings about it
  "不巴适", "鞋底", "坨了", "温的", "差评", "未上菜", "没上菜", "还没上", "点的[^，,。]{1,8}(?:上来|端上来|来了|给了)", "投诉", "不满", "太差", "很差", "差劲", "糟糕", "恶劣", "(?<!别让我|别让我们|不要让我|不要让我们)失望", "生气", "气死", "无语", "离谱", "过分", "受不了", "忍不了", "太不像话",
  // "你们这服务真是绝了（反话），叫了三次客房服务，一个人影都没见到", "这菜咸得我以为厨师把盐罐子打翻了": irony owned, calls
  // unanswered, food far too salty.
  "[（(]反话[)）]", "(?:一个)?人影都没",
  // "地库被淹了，我的车泡水了，你们一句提醒都没有", "最后还被收了全额，太夸张了": damage unwarned of, a charge in full.
  "被淹", "泡水", "一句(?:提醒|通知|道歉|解释)都没有", "被收了?全(?:额|款|价)", "太夸张了", "(?:电话|客服)[^，,。]{0,4}(?:一直|都)?打不通", "(?:咸|油|腥)得(?:我|要命|不行|没法|受不了)",
  // "西装送洗回来袖口多了个洞，你们看怎么处理吧": damage brought back, its fix left to us.
  "(?:多了|破了|烧了|烫了)(?:个|一个|几个|两个)?(?:洞|口子|印子)", "你们看(?:着)?(?:怎么|咋)(?:处理|办|解决)",
  // "车骑到一半没电了": a rented machine dead halfway; a phone's flat battery is no one's fault here.
  "(?:骑|开|用)到一半[^，,。]{0,4}(?:没电|坏|熄火|爆胎)|(?:车|电池|电瓶)(?:又|就)?没电了",
  // deliveries and goods
  "送货晚", "延误", "少发", "(?:开|写|填|弄|搞|送|寄|刻|印|绣|拼)错", "来电骂", "打电话(?:来)?骂", "(?:货|数量)?少了[一两二三四五六七八九十\\d]+(?:箱|件|个|包|瓶|袋|盒|台|套|斤)", "发错", "破损", "(?:包装|箱子|瓶子|货)[^，,。]{0,3}(?:破|裂|碎|漏)了", "质量问题", "有问题", "不对版", "缺货",
  // what was booked against what was given: "订的是海景房结果窗户对着停车场"; a dish still not served
  "订的是[^，,。]{1,12}[，,\\s]*(?:结果|但是|可是|却)", "说好(?:的)?是[^，,。]{1,12}(?:结果|但是|可是|却)", "(?:菜|饭|饮料|酒水|咖啡)(?:还|都)?没(?:上|来)",
];

const EN_PROBLEMS =
  // "the last batch of pouches had bad seals": goods delivered faulty, told by the customer.
  // "the room has no window?? i specifically asked for one": what was asked for when booking, missing.
  // "nobody calls me back", "cancelled on your end… no one even texted us": left without word.
  // "Ang tagal ng food namin, isang oras na kami naghihintay": kept waiting, said in Tagalog.
  // "the therapist was 20 mins late and you still charged full price": kept waiting by our staff, or charged in full for less.
  // "The bookshelf you delivered yesterday has a crack all down the left side": goods arrived damaged.
  // "The room had clearly not been cleaned… hair in the bathtub", "he was unwell the following day": a stay or a meal gone wrong, told.
  // "the shower block had freezing water all weekend, not what we paid for": a stay short of what was paid for.
  // "the walls are paper thin, we heard the neighbours all night": sleep lost to noise through the walls.
  // "the sauna has been closed for the 3rd time this month": something paid for, shut again and again.
  /\b(?:is|are|was|were) (?:really |very |quite |pretty )?(?:upset|unhappy|annoyed|frustrated|furious)\b|\b(?:was|were|got|been) charged\b[^.]{0,40}\bbut\b|\bbut (?:we|i) (?:still )?(?:got|were|was) charged\b|\b(?:nobody|no one|no-one) (?:even )?(?:calls?|called|rings?|rang|gets? back|got back|texted|messaged|replied|emailed|bothered to (?:call|text|tell))\b(?: (?:me|us))?|\b(?:cancell?ed|changed|moved) on your (?:end|side)\b|\bwhat you said was a \d+[- ](?:day|hour|week) job\b|\b(?:room|suite|cabin|it) (?:has|had) no (?:window|windows|view|balcony|bathtub|hot water|heating|aircon|air ?con|wi-?fi|towels)\b|\b(?:i|we) (?:specifically|explicitly|clearly|particularly) (?:asked|requested)\b|\b(?:bad|faulty|defective|leaking|leaky|broken|damaged|mou?ldy|dented|torn|cracked) (?:seals?|pouches|bottles|cans|cartons|caps|lids|labels|packaging|units|jars|bags)\b|\b(?:has been|was|is|were) (?:closed|shut|out of order|broken) (?:again|for the (?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth) time)\b|\b(?:still|then) charged (?:me|us)\b[^.?!]{0,30}\b(?:fee|charge|penalty)\b|\bpaper[- ]thin\b|\b(?:heard|could hear) (?:the |our )?(?:neighbou?rs|next door|everything)\b|\bnot what (?:we|i) paid for\b|\b(?:freezing|ice[- ]cold|no hot) water\b|\b(?:scratched|dented|chipped|cracked|smashed|damaged|stained|ripped|tore) (?:my|our|the|his|her)\b|\b(?:nobody|no one|no-one)(?:'s| has) (?:called|rung|emailed|got back to) (?:me|us)\b|\b(?:had|has|hadn't|hasn't) (?:clearly |obviously )?(?:not )?been cleaned\b(?<!\bhad (?:clearly |obviously )?been cleaned)|\bhair (?:in|on) the (?:bath|bathtub|shower|sink|bed|pillow|floor)\b|\bstains? on (?:the |them|it)|\b(?:was|were|fell|got) (?:unwell|ill|sick) (?:the )?(?:following|next) day\b|\bfood poisoning\b|\bscraped it off\b|\bang tagal\b|\bnaghihintay\b|\b(?:you|they|your (?:driver|team|guys))\s+delivered\b[^.!?]{0,40}\b(?:has|had|have|came with|arrived with) (?:a |an )?(?:crack|scratch|dent|chip|stain|tear|hole|gap)s?\b|\barrived (?:cracked|scratched|dented|chipped|damaged|broken)\b|\b(?:therapist|masseuse|waiter|waitress|server|driver|staff|housekeeping|room service|food|order|meal|chef|stylist|guide|instructor|trainer|photographer|tutor|teacher|cleaner|technician|tech|plumber|electrician|courier|groomer|tuner|installer|contractor|crew|nanny|coach|barber)\b[^.!?]{0,20}\b(?:was|were|came|arrived|turned up|showed up) (?:\d+|twenty|thirty|forty|fifteen|ten|an|half an) ?(?:mins?|minutes|hours?|hrs?) late\b|\b(?:still|yet) charged (?:us |me )?(?:the )?full (?:price|rate|amount)\b|\b(?:ac|a\/c|aircon|air ?con|air conditioning|heater|heating|tv|fridge|minibar|kettle|shower|wifi|wi-fi|lights?|key ?card|lock|hot water)\b[^.!?]{0,30}\b(?:didn'?t|did not|never|doesn'?t|does not|wasn'?t|isn'?t) work(?:ing|ed)?\b|\b(?:ac|a\/c|aircon|air con|air conditioning|heater|heating|tv|fridge|minibar|kettle|shower|wifi|wi-fi|lights?|phone|key ?card|lock)\b[^.!?]{0,30}\b(?:has been|is|was|went|gone) (?:dead|broken|out)\b|\b(?:i|we) (?:clearly |specifically |explicitly |did )?(?:said|asked for|requested|told (?:them|you|the \w+)|mentioned)\b[^.!?]{0,40}\b(?:and|but) [^.!?]{0,30}\bstill (?:came|had|has|brought|served|put|gave|got|arrived|charged|included|contained|used)\b|\bstill came with\b|\b(?:that|this|it) (?:is|was) (?:dangerous|unacceptable|not acceptable|a disgrace)\b|\bstill (?:hasn'?t|has not|haven'?t|have not|not) (?:arrived|come|shown up|turned up|been (?:fixed|delivered|sent|brought|sorted))\b|\bcouldn'?t (?:get|fit) (?:his|her|my|our|the) wheelchair\b|\bthe so-called\b|\b(?:nobody|no one|no-one) (?:could|would|can|will|was able to) (?:explain|tell (?:me|us)|help|answer)\b|\b(?:was|were|is|are)\s+(?:way |far |much |a bit |really |so )?too (?:rough|hard|hot|cold|loud|noisy|salty|spicy|slow|small|dirty|crowded|short)\b|\bkept (?:checking|looking at|on|playing with|scrolling) (?:her|his|their) phone\b|\b(?:door|doors|room|safe|gate|window|balcony)\b[^.!?]{0,20}\b(?:is|are|was|were|got|remains?) (?:locked|stuck|jammed)\b|\b(?:so |very |really |totally |completely )?unprofessional\b|\bon (?:her|his|their) phone (?:the whole|the entire|all through|throughout|during)\b|\b(?:is|'s|are|was) (?:stuffed|busted|kaput|on the blink|playing up|acting up)\b|\bblowing (?:hot|warm) air\b|\bnone of us (?:slept|could sleep)\b|\b(?:won'?t|will not|never|not) (?:be )?(?:coming|come) back\b|\b(?:was|were|came out) (?:still |half )?raw\b|再也不(?:会)?来了|不会再来|\bdouble[- ]booked\b|\bpoor form\b|\blost our (?:slot|table|booking|reservation)\b|\bwaited (?:over |almost |nearly )?\d+ ?(?:min(?:ute)?s?|hours?|hrs?)\b|\b(?:rattl|clank|squeak|creak)\w*|\b(?:was|is|were|are) not (?:correct|right|fair)\b|\bnot fair\b|\bcharged (?:us|me)\b[^.]{0,40}\bbut (?:we|i) (?:had|ordered|used|took) only\b|\bup (?:till|to|until) now(?:,)? (?:nothing|no\b)|\bsince (?:\d+|one|two|an?) hours?\b[^.]{0,30}\bnothing\b|\b(?:haven'?t|have not|hasn'?t) slept\b|\btook (?:over |almost |nearly |more than )?(?:\d+|an?|one|two|three) ?(?:hours?|hrs?|minutes?|mins?) to (?:come|arrive|serve|show up|get here|be served|turn up|bring)\b|\bjialat\b|\b(?:was|were|came out|arrived) (?:stone |ice |totally )?cold\b|\b((?<!\b(?:don'?t|do not|stop|never|no need to) )complain\w*|condescending|not cool|mou?ld(?:y)?|came (?:out )?cold|\d+ ?min(?:ute)?s? for (?:room service|(?:our |the )?(?:food|drinks|order))|would starve|wrong (?:size|item|colou?r|model|part|order|product)s?|called in hot|(?:does ?n[o'’]?t|did ?n[o'’]?t|is ?n[o'’]?t|wo ?n[o'’]?t|not) (?:seem to )?(?:work(?:ing)?|turn(?:ing)? on|flush(?:ing)?|drain(?:ing)?)|(?:quite|really|so|very|too|freezing) cold (?:overnight|at night|in (?:the|our) room)|cheers for that|thanks for nothing|closed for maintenance|not good enough|(?:nobody|no one|no-one) (?:(?:has|have|had) )?(?:came|come|shown up|turned up|showed up|answered|helped|picked up|\w+ed (?:the|our|my|it|us)\b)|smoking so bad|so bad (?:our|my) eyes|rude|dirty|filthy|disgusting|terrible|awful|horrible|worst|unacceptable|not acceptable|not okay|not ok\b|flat (?:tire|tyre)|charged (?:me|us) [^.]{0,30}\bquoted\b|overcharg\w*|never (?:even )?(?:opened|used|touched|ordered|had) (?:the|it|any)|partying|partied|(?:reception|staff|front desk|management|security|nobody|no one) (?:did|does|do) nothing|disappoint\w*|frustrat\w*|angry|upset|furious|charged twice|still nothing|still (?:no|not) (?:sign|food|drinks?|service|here|served|come)|\d+ (?:minutes?|mins?|hours?) (?:back|ago) and (?:still|nothing)|naghintay|ang tagal|grabe (?:po )?(?:yung|ang) pila|(?:was|were|arrived|came|showed up|being|is|are) (?:\d+|two|three|a few|several) (?:days?|weeks?|hours?) late|\bgiving out about\b|pretty mad|really mad|so mad|overcharged|double[- ]charged|wrongly charged|(?:charge[sd]?|billed|bill has)\b[^.!?]{0,40}\b(?:didn'?t|did not|never|haven'?t) (?:use|order|have|take|touch|consume)|out of (?:order|service)|(?:gave|given) (?:\w+ ){0,2}(?:away|to (?:someone|somebody) else)|(?:charged|billed) (?:us |me )?for .{1,40}\b(?:didn'?t|did not|never)|never (?:ordered|used|touched)|double[- ]charged|overcharged|wrong (?:charge|bill|order|dish)|refund|broken|not working|doesn't work|does not work|(?:hasn'?t|haven'?t|has not|have not) (?:been )?work(?:ed|ing)|(?:isn'?t|aren'?t) working|stopped working|closed (?:the )?(?:all|whole|entire) (?:the )?(?:day|evening|morning|afternoon)|(?:was|were) closed\b.{0,30}\bwithout (?:any )?(?:notice|warning)|bad experience|not acceptable|(?:has been|have been|is|was|went|keeps going) down\b(?! to\b)|so annoying|really annoying|not happy|unhappy|(?:booking|reservation) (?:was|got) lost|lost (?:my|our) (?:booking|reservation)|(?:won'?t|will not|doesn'?t|does not) (?:open|close|lock|unlock|turn on|work|flush|drain)|can't (?:sleep|connect|open|get)|\bcame \d+ ?(?:min|mins|minutes) late\b|\brushed (?:my|our|the)\b|\bnot happy\b|\b(?:was|is|were) freezing\b|\b(?:ran|runs|running) (?:only )?cold\b|\bexpected (?:much |a lot )?better\b|\b(?:order|dish|food|bill|invoice|delivery)\s+(?:was |is |came |come )?wrong\b|\bgot (?:the |my |our )?order wrong\b|\b(?:cannot|can not|cant|could not|couldn'?t) (?:sleep|connect|open)\b|\b(?:aircon|air-?con|ac|a\/c|heater|heating|shower|hot water|fridge|minibar)\b[^.,;!?]{0,24}\bnot (?:cold|cool|cooling|hot|warm|heating|working)\b|keeps? (?:dropping|beeping|leaking|breaking)|noisy|(?:too|so|super|really|very|extremely|insanely|crazy|incredibly) loud|loud (?:all|the whole) (?:night|evening|day)|noise|cold food|food (?:is|was) cold|(?:shower|water) (?:is|was) (?:cold|freezing)|no hot water|waited|been waiting|waiting (?:for )?(?:over |almost |nearly )?\d+|for ages|still no|still waiting|never (?:arrived|came|showed)|nobody (?:answered|came|helped|is answering)|no one (?:answered|came|helped)|late delivery|delivered late|(?:arrived|came|turned up|showed up) late|(?:items?|pieces?|cases?|boxes|cartons?|pallets?|bottles?|units?|bags?) (?:were |was |are |is )?(?:missing|short)|missing (?:items?|pieces?|cases?|boxes)|\w+ short\b(?= on| in| of|,|\.|$)|damaged|hair in|bugs?|cockroach\w*|smel(?:l|ls|led|lt|ly)|stank|reek\w*|stinks?|stain\w*|mou?ldy?|leak\w*|dripping|clogged|blocked|flicker\w*|(?:wifi|wi-fi|internet) (?:is|keeps|was|doesn't|won't|not)|(?:was|is|were|got|came out|came) wrong|nobody (?:apologi[sz]ed|cared|bothered)|no one (?:apologi[sz]ed|cared)|spill(?:ed|t)\b.{0,30}\b(?:on|over) (?:me|us|my|our)|didn'?t even|not even (?:an? )?(?:apology|sorry|word)|no apology|never apologi[sz]ed|(?:were|was) promised|(?:booking|reservation|table|room) (?:was|got|has been) (?:\w+ )?cancell?ed|undercooked|overcooked|(?:very |so |too |damn |super |quite )salty|too (?:sweet|spicy|oily|greasy|bland)|(?:charged?|billed?) (?:me |us )?(?:twice|double)|(?:i|we) (?:no|not|am not|'m not|are not|'re not) (?:happy|satisfied)|(?:nobody|no one|no-one) (?:told|informed|warned|bothered|refilled|come|cleaned)|never (?:even )?(?:come|came|brought|refill\w*|showed up|turned up)|pretty ordinary|not good enough|not up to (?:standard|scratch)|(?:poor|bad|slow|lousy) service|undercooked|stale|spoiled|expired|(?:not|never) (?:been )?(?:cleaned|changed|replaced|fixed|made up|working|ready(?! to (?:book|decide|commit|confirm|order|go|pay|sign)))|(?:hasn't|haven't|wasn't|weren't) (?:been )?(?:cleaned|changed|replaced|fixed|made up)|(?:can|could) (?:someone|somebody) (?:fix|repair|come (?:and|to) fix|look at)|(?:fix|repair) (?:the|our|my) (?:tv|ac|air ?con\w*|heater|shower|toilet|sink|door|lock|light|lamp|wifi|wi-fi|window|fridge|kettle))\b/i;

/**
 * Shapes a grumble takes without a word for the problem: something done to the guest ("把汤洒我身上了",
 * "把我的外套弄脏了") and a neglect pointed out ("也没道歉", "连句解释都没有", "说好的接机呢", "居然没人管").
 */
const ZH_GRUMBLES = [
  // "刚换的轮胎就漏气了，你们是不是没装好": work just done, failing already.
  // "换的刹车片骑了两天又开始吱吱响", "桌面有一道划痕", "把我的房号大声念出来": a fault back after a repair, a scratch, privacy broken.
  "(?:又|还)(?:开始)?(?:吱吱|咯吱|嘎吱)?响|异响|(?:一道|几道|有)划痕|刮花了?|(?:大声)?(?:念|喊|说)出(?:来)?(?:了)?[^。]{0,8}(?:隐私)|不注意隐私|泄露(?:了)?(?:我的)?(?:隐私|信息)|钱白花了",
  "刚[^，,。]{1,8}就(?:坏|漏|掉|裂|断|松|不行|出问题)|漏气|是不是没(?:装|修|弄|做|处理|拧|接)好|(?:没|没有)(?:装|修|弄|拧|接)好",
  // "什么都没交代，太不负责了": service judged careless.
  "(?:太|很|真|非常|特别)不(?:负责(?:任)?|专业)",
  // "改了房型结果入住还是给我原来的房间": a change asked for, not made.
  "(?:改了|换了|说好|订了|要了)[^，,。]{0,8}(?:结果|但是|可是)[^。]{0,12}还是",
  "(?:把|给)[^，,。]{0,8}(?:洒|泼|撒|溅|弄脏|弄湿|弄坏|弄丢|搞丢|打翻|打碎|碰倒|撞|踩|烫)[^，,。]{0,6}(?:我|身上|衣服)",
  "(?:洒|泼|溅)(?:到|在)?我",
  "(?:也|都|连|还|一句)(?:个|句)?[^，,。]{0,4}(?:没有?|不)(?:道歉|解释|回应|回复|处理|说一声|打招呼|表示|说法)",
  "(?:没有?|不)(?:跟|向|给)(?:我|我们)(?:道歉|解释|说一声)",
  "说好的[^，,。]{1,10}(?:呢|没|怎么)",
  "说好的[^，,。]{1,12}[\\s，,]*(?:结果|但是|可是|却)",
  "恶心|没声音|没反应|都没来|没人来|很扯|太扯|太坑|坑人|坑爹|什么水平|爱理不理|爱答不理|等了(?:快|将近|足足)?[\\d一二两三四五六七八九十半]+(?:多)?(?:分钟|个小时|小时)",
  // "唔係話無煙房咩" (read as "不是话无烟房啥"): what was promised, thrown back.
  "不是(?:说|话)(?:好)?(?:的)?[^，,。]{1,12}(?:吗|么|啥|嘛)",
  "(?:居然|竟然|根本|压根)(?:都)?(?:没|不)",
  "(?:是|都是|全是|居然是|竟然是)(?:凉|冷|生|焦|糊|馊|坏|脏|湿|酸)的",
  "被(?:你们|人|酒店|餐厅|系统|前台)?(?:取消|退掉|退订)了",
  // "前台那个小伙子态度好差", "WiFi一天断了八次".
  "态度(?:好|很|太|真|特别|超|也)?差|不耐烦",
  "等了[\\d一二两三四五六七八九十几半]+(?:个)?(?:分钟|小时|钟头)(?:了)?[^。]{0,6}(?:还没|都没|没人|没有人)",
  "多收(?:了)?(?:我|我们)?(?:的)?(?:钱|费)|多收了?[^，,。]{1,6}(?:钱|费)|收(?:错|多)了",
  // "当着其他客人的面大声念出来，太没有隐私意识了".
  "(?:没有|没|缺乏)(?:一点)?(?:隐私|服务|安全)意识|侵犯(?:了)?(?:我的)?隐私|当着[^，,。]{1,8}的面",
  "(?:wifi|WiFi|WIFI|网络|网|信号)[^，,。]{0,8}(?:断了|掉线|连不上|太慢|很慢|卡死)",
  // "師傅好大力，仲遲咗二十分鐘先開始": a treatment too rough, started late.
  "(?:好|太|很|超)(?:大力|用力)|力度(?:太|很|特别|超)(?:大|重)|(?:现在|到现在)?(?:还在|一直)(?:疼|痛)|(?:迟|晚)(?:咗|了)[\\d一二两三四五六七八九十半]+(?:多)?(?:分钟|个钟|个小时|小时)",
  // "更衣室地上全是水，我女儿滑了一跤，也没人拖地": a floor left wet, someone hurt on it.
  "(?:地上|地板|地面|浴室|更衣室|走廊|楼梯)(?:上)?(?:全是|都是|到处是|一地)(?:水|垃圾|头发|玻璃)|(?:滑|摔|绊)了?一跤|摔倒了|没人(?:拖地|打扫|收拾|清理)",
  // "退房快一周了发票还没开出来，催了三次了": papers owed and chased.
  "(?:发票|收据|退款|押金)[^。]{0,8}(?:还没|还未|一直没|迟迟没|到现在都没)(?:有)?(?:开|给|寄|发|退|到)|催了[\\d一二两三四五六七八九十几好多]+(?:次|遍|回)",
  // "打了十几次电话都没人听，想订桌都订不到，啥服务来啊": calls unanswered, the service scorned.
  "没人听|(?:订|约|买)不到[^。]{0,6}(?:啥|什么)服务|(?:啥|什么)服务(?:来|啊|嘛|呀)",
  // "停车费跟你们说的不一样，前台说免费结果收了我80": charged against what was said.
  "(?:跟|和|与)(?:你们|当初|之前)?[^，,。]{0,4}?(?:说|讲|写|承诺|介绍|宣传)的不一样|(?:说|讲)(?:是)?免费[^。]{0,10}(?:结果|但是|却)?(?:还)?收(?:了|咗)",
];

/**
 * A diet, an allergy or a body's need told beforehand and not met: "说好的清真餐，端上来的菜里有猪肉", "跟服务员说了三遍我对虾过敏，
 * 上来的炒饭里还是有虾仁", "婴儿床到现在都没送来", "we requested a kosher meal … and got a vegetarian plate", "her nut-free cake
 * arrived with almonds on top", "the accessible bathroom had no grab rails", "staff refused entry to my guide dog", "my dog came
 * home with a cut on his paw and nobody said a word".
 */
const ZH_NEED_UNMET = [
  "(?:过敏|不吃|忌口|清真|吃素|素食|无麸质|不耐受|无糖|无乳糖)[^。]{0,30}(?:里|上)(?:面)?(?:还是|居然|竟然|都|却|还)?有",
  "(?:菜|饭|汤|蛋糕|甜品|点心|炒饭|面条?|饮料|酱)(?:里|里面)(?:还是|居然|竟然|却)有[^，,。？?]{1,6}(?:[，,。！!]|$)(?![^。]{0,6}(?:吗|么|[?？]))",
  "吃(?:了|完)(?:以后|之后)?[^，,。]{0,4}(?:肚子|胃)(?:不舒服|疼|痛)|拉肚子|吃坏(?:了)?肚子",
  "(?:到现在|至今|一直|到今天)(?:都|还)?没(?:有)?(?:送来|送到|拿来|装好|到|来|给)",
  "(?:没有|没)(?:扶手|坡道|无障碍|电梯)[^。]{0,20}(?:差点|险些|摔|滑)|差点(?:就)?(?:滑倒|摔倒|摔跤|摔了)",
  "不让[^，,。]{0,4}(?:导盲犬|服务犬|轮椅)",
];
const EN_NEED_UNMET =
  /\brefused (?:entry|access|service) to (?:my|our|his|her)\b|\b(?:refused|wouldn'?t (?:let|allow)|turned away) (?:my|our|his|her) (?:guide|service|assistance) dog\b|\b(?:requested|asked for|ordered|pre-?ordered|booked|specified)\b[^.!?]{0,50}\b(?:and|but) (?:got|received|(?:we |i )?were given|was given|(?:they|you) served)\b|\b(?:arrived|came|was served|turned up) with (?:\w+ ){0,2}(?:on top|in it|inside|sprinkled)\b|\b(?:nut|gluten|dairy|lactose|egg|shellfish|allergen)-free\b[^.!?]{0,40}\b(?:arrived|came|was served|turned up) with\b|\bhad no (?:grab (?:rails?|bars?)|ramp|handrails?|lift|elevator|step-free)\b|\bnearly (?:slipped|fell|tripped)\b|\bcame (?:home|back|out) with (?:a |an )?(?:cut|scratch|wound|injury|bruise|rash|sore|limp|burn)\b|\b(?:nobody|no one|no-one) (?:said|told (?:me|us)) (?:a word|anything)\b/i;

/**
 * Let down with no word for a fault: "started an hour late and nobody even apologised", "the e-bike I rented died after ten
 * minutes", "battery was basically empty", "the jacket I bought has a massive moth hole under the arm", "the bow I rented had
 * a frayed string and it snapped back on my wrist", "nobody at the desk seemed to care", "the cleaner skipped the bathroom
 * entirely and left at 11 instead of 12".
 */
const EN_LET_DOWN =
  /\byou (?:cancell?ed|moved|changed|gave away|lost) (?:my|our) (?:booking|reservation|table|room)\b|\b(?:arrived|came|turned up|were|was) (?:\w+ )?(?:smashed|shattered|crushed|dented|leaking)\b|\b(?:has|had|have|came with|arrived with|there'?s|there was) (?:a |an )?(?:massive |huge |big |large |small |little |tiny )?(?:moth |cigarette |burn )?(?:holes?|tears?|rips?|stains?|cracks?|dents?|chips?) (?:in|on|under|down|across|along|near|at)\b|\b(?:a |the )?(?:frayed|snapped|cracked|bent|ripped|torn|rusty|wobbly|leaky|faulty|dodgy) (?:string|strap|zip|zipper|seam|handle|leg|wheel|chain|brake|cable|rope|sole|heel|button|buckle|harness|hose|regulator|mask|fin|wetsuit)s?\b|\bnot (?:impressed|happy|pleased)\.?\s*$|\b(?:still|yet) charged (?:us|me)?\s?(?:a |the )?(?:no-?show|cancell?ation|full|late)\b|\bridiculous\b|\b(?:shower|water|room|bath)\b[^.]{0,16}\b(?:has been|is|was|were|been) (?:freezing |ice |stone )?cold\b|\b(?:kept|keeps) (?:cutting out|dropping out|crackling|buzzing|flickering|freezing|crashing|shutting off|switching off|dying|losing|leaking|stalling|overheating|breaking down|failing|jamming)\b|\bsnapped (?:back )?(?:on|into|against|onto) (?:my|our|his|her)\b|\b(?:nobody|no one|no-one)(?: at the \w+| there| here)? (?:seemed to |even |bothered to |really )?cared?\b|\bskipped (?:the )?(?:bathroom|kitchen|bedroom|toilets?|floors?|windows?|oven|fridge|half|most|part)\b|\b(?:left|finished|ended|packed up|closed) (?:at )?[\d:.]{1,5}\s*(?:am|pm)? instead of\b|\bnobody could find (?:our|my|the) (?:booking|reservation|table|order)\b|\bleft (?:paint|mud|dirt|rubbish|trash|garbage|dust|debris|a mess|grease|oil|footprints|stains?) (?:all )?(?:over|on|in|across)\b|\b(?:aircon|air ?con|a\/c|heating|heater|music|fan)\b[^.!?]{0,30}\bbeen blasting\b|\bworking in (?:a|my) (?:jacket|coat|scarf)\b|\blike sleeping on (?:a |the )?(?:brick|bricks|rock|rocks|concrete|stone|the floor|a plank|boards)\b|\b(?:nobody|no one|no-one|none of (?:them|the staff))(?: ever| even| so much as)? (?:apologi[sz]ed|said sorry|explained)\b|\b(?:started|began|opened|arrived|showed up|turned up) (?:an hour|half an hour|over an hour|(?:\d+|ten|fifteen|twenty|thirty|forty|forty-five) (?:mins?|minutes)|two hours) late\b|\b(?:died|broke down|stopped working|conked out|gave out|cut out) (?:after|within) (?:just |only )?(?:a few|\d+|five|ten|fifteen|twenty|thirty) (?:mins?|minutes|km|kilometres|kilometers|miles)\b|(?<!\b(?:my|phone|mobile|laptop|camera|watch)\s)\bbattery (?:was |is )?(?:basically |completely |totally |almost |nearly |already )?(?:empty|dead|flat)\b/i;

const ZH_PROBLEMS_RE = new RegExp([...ZH_PROBLEMS, ...ZH_GRUMBLES, ...ZH_NEED_UNMET].join("|"));

/** "积分到现在都没到账", "積分被莫名扣了500", "My points from the June stay never got credited": points owed and missing. */
const POINTS_MISSING =
  /(?:积分|積分)[^，,。？?]{0,10}(?:(?:都|还|仍然|一直)?没(?:有)?(?:到账|到帐|入账|加上|加|给|更新)|不见了|(?<!多)少了|被[^，,。]{0,6}扣)|(?:莫名|无故|平白无故)[^，,。]{0,4}扣(?:了)?[^，,。]{0,6}(?:积分|積分|分)|\bpoints?\b[^.!?]{0,40}\b(?:never|not|haven'?t|hasn'?t|didn'?t|weren'?t|wasn'?t)\s+(?:been |got |get |yet )?(?:credited|added|show(?:n|ed)? up|appeared|posted|arrived)\b|\b(?:shows?|showing|says?) (?:zero|0|no) points\b|\bpoints (?:were|got|have been|was) (?:deducted|taken (?:off|away)|removed|wiped)\b/i;

export const pointsMissing = (text: string) => POINTS_MISSING.test(text);

/** True when the message reports something gone wrong. */
export function findProblem(text: string): boolean {
  return ZH_PROBLEMS_RE.test(text) || EN_PROBLEMS.test(text) || EN_LET_DOWN.test(text) || EN_NEED_UNMET.test(text) || POINTS_MISSING.test(text);
}
