/**
 * Messages that name what a record holds (a customer, a stage, a booking, points) but ask for none. Each pattern
 * says one reason; classify.ts reads them as "nothing to record". Older reasons still live beside the rules in
 * classify.ts that weigh them against other evidence.
 */

/** "可以带小型犬入住吗", "are dogs allowed?": the house's rules asked by a guest. */
export const GUEST_ASKS_THE_RULES = /(?:订房|入住|预订|订位|办理入住)的?时候(?:要|需要|得|必须)(?:带|提供|出示|交|付)[^，,。]{0,8}(?:吗|么|嘛|不|[?？])|(?:可以|能|能不能|可不可以|可否|允许|让)(?:带|携带|养)[^，,。?？]{1,8}(?:入住|进店|进来|进去|来|住)?(?:吗|么|嘛|不|[?？])|\b(?:can|may|could) (?:i|we) bring (?:my|our|a|the)\b|\b(?:are|is) (?:pets?|dogs?|cats?|kids?|children|smoking) (?:allowed|ok|okay|welcome|permitted)\b|\bpet[- ]friendly\s*\?|\bdo you (?:allow|accept) (?:pets?|dogs?|cats?|kids?|children)\b/i;

/**
 * How the house works, asked by a guest: "平日饮茶使唔使订位？", "订房能用支付宝付吗", "几岁以下的小朋友免费". Answered, not booked, and not
 * their own bookings. What points buy is asked of their own balance ("积分能换什么" shows it).
 */
export const HOUSE_WAYS_ASKED =
  /(?:写着|说是|上面说)[^。？?]{0,8}(?:免费取消|随时退|可退|可以退|可取消)[^。？?]{0,4}[，,]?\s*(?:你们)?(?:这边)?(?:认吗|认不认|承认吗|算数吗)|(?:洗碗机|洗衣机|烘干机|空调|电视|热水器|烤箱|微波炉|咖啡机|保险箱|电磁炉|门锁|密码锁|wifi|wi-fi)[^。？?]{0,6}(?:怎么|如何)(?:用|开|关|连|操作|设置)|\bhow (?:do i|do we|to) (?:use|work|turn on|connect to) the (?:dishwasher|washing machine|washer|dryer|aircon|ac|tv|oven|microwave|safe|wifi|wi-fi|hob|stove|coffee machine)\b|(?:有没有|有|要|收|算)[^。]{0,6}(?:最低消费|低消|包间费|服务费|开瓶费)(?:吗|么|嘛|没有|[?？])|\b(?:is there|do you have|what(?:'s| is)) (?:a |the )?(?:minimum spend|min spend|corkage|room hire fee|service charge)\b|\bhow much is (?:the|your) (?:tasting|set|degustation|prix fixe) menu\b|(?:用不用|需不需要|要不要|需要|用唔用)(?:提前|事先|先)?(?:订位|订座|订桌|订台|预订|预约|订房)(?:吗|么|呢|啊|呀|吖)?\s*[?？]|(?:能|可以|可不可以|能不能|收不收|支不支持|支持)(?:用|刷|收)?(?:支付宝|微信支付|信用卡|银联|现金|外币|港币|美元)(?:付|支付|付款|买单|结账)?(?:吗|么|不|嘛)?|\b(?:do you|can (?:i|we)) (?:take|accept|pay (?:by|with|in)) (?:credit cards?|cards?|cash|alipay|wechat pay|amex|visa|mastercard|apple pay|paypal|usd|dollars)\b|\bdo (?:you|u) need (?:a )?(?:booking|reservation|to book|to reserve)\b|\bwhat time is check-?(?:out|in)\b|\bcheck-?(?:out|in) time\s*\?|(?:最早|最晚)?几点(?:可以|能)?(?:入住|退房)|(?:是不是|要不要|需不需要|用不用|需要|得)(?:要)?(?:先|提前)?(?:交|付)(?:押金|定金|订金)|\bdo (?:i|we|you) (?:need to |have to )?(?:pay|leave|put down) (?:a )?deposit\b|\bis (?:there )?a deposit\b|几岁(?:以下|以内|以上|之前)?的?(?:小孩|小朋友|儿童|孩子|宝宝)?[^。？?]{0,8}(?:免费|收费|半价|要钱|不要钱|算大人)|(?:小孩|小朋友|儿童|孩子|宝宝)(?:入住|吃饭|用餐|早餐)?(?:免费吗|收费吗|要不要钱|收不收费|怎么收费|半价吗|占床吗)|(?<!\b(?:said|says|promised|advertised|claimed|supposedly)\s)\b(?:do |can )?(?:kids?|children) (?:stay|eat) (?:for )?free\b|\bwhat age\b[^?]{0,30}\b(?:free|charged?|pay)\b/i;
/** Points already seen, said in thanks: "thanks, saw my points, see you next week!", "积分看到了，谢谢". */
/** "把张女士的积分加到我账上", "move my friend's points onto my account": someone else's points, which a guest may not touch. */
// "幫我睇下我老闆積分有幾多": a boss's or a spouse's balance is theirs to ask.
export const POINTS_OF_ANOTHER = /(?:朋友|同事|老公|老婆|先生|太太|家人|亲戚)[^。？?]{0,20}(?:他|她)(?:的)?(?:积分|積分)|(?:哪些|边些|边啲|邊啲|哪几位|哪幾位|哪个|哪位|哪個)(?:客人|顾客|顧客|会员|會員)[^。？?]{0,12}(?:积分|積分)(?:最多|最高)|我(?:的)?(?:老板|老闆|老公|老婆|先生|太太|女朋友|男朋友|朋友|同事|妈妈|爸爸|儿子|女儿|仔|女)(?:的|嘅)?(?:积分|積分)|(?:把|将)[^，,。]{1,10}(?<!我)的(?:积分|積分|点数)(?:都)?(?:转|加|移|并|合并|挪|划)|\b(?:transfer|move|add|merge) (?:my )?(?:friend|wife|husband|mum|mom|dad|colleague|[A-Z][a-z]+)['’]s points\b/i;
export const POINTS_SEEN = /\b(?:saw|seen|checked|got) my points\b|积分(?:我)?(?:已经)?(?:看到|收到|查到)了/i;
/** Points judged, not asked after: "my points are useless lol", "积分根本没用". */
export const POINTS_VENTED = /\bpoints (?:are |r )?(?:probably |only |prob )?worth like\b|\bpoints (?:are|r) (?:useless|worthless|pointless|a joke|a scam|never enough)\b|\bpoints (?:thing |scheme |program(?:me)? )?(?:is|are) (?:all )?(?:a )?(?:scam|con|rip-?off|joke)\b|积分(?:根本|真的?|完全)?(?:没用|没啥用|没什么用|不值钱|太难攒|是个摆设)|积分[^，,。？?]{0,6}(?:骗人|忽悠人?|套路)/i;
/**
 * A guest's matter already settled, said to close it: "上次那个投诉已经处理好了，谢谢经理", "I already cancelled by phone,
 * no need to do anything", "服务员问我要不要投诉，我说不用不用".
 */
export const GUEST_ALL_SETTLED = /\bthe refund (?:came through|arrived|is in|went through|has come through)\b|^\s*(?:got|received) (?:the|my|your) confirmation(?: email| text| message| sms)?[,.!\s]*(?:thanks?|thank you|cheers|ta)?[.!\s]*$|退款(?:已经)?(?:到账|收到)了|(?:投诉|问题|事情?)(?:已经|都)(?:处理好|解决好?|搞定|处理完)了|\b(?:complaint|issue|problem)\b[^.!?]{0,20}\b(?:has been|was|got|been) (?:sorted|resolved|handled|fixed|dealt with)\b|\bno need to do anything\b|\b(?:booking|reservation|table|room|it) (?:was|has been|is|got) already cancell?ed\b[^?]{0,60}\b(?:thank|thanks|thx)\b|要不要投诉[^。]{0,6}不用|(?:上次|之前|早就|已经)(?:已经)?取消(?:了|过)[^。？?]{0,16}(?:就是)?确认(?:一)?下[^。？?]{0,8}(?:不用(?:理|管|处理)|没事)/i;
/** Room service asked for, not a booking: "明天的早餐能不能送到房间", "can you send two towels up to our room?". */
export const ROOM_SERVICE_ASKED = /(?:早餐|早饭|午餐|晚餐|饭菜?|餐|咖啡|水果|毛巾|浴巾|牙刷|拖鞋|枕头|被子|矿泉水|水)[^，,。？?]{0,10}(?:送到|送去|送上|拿到|拿上)(?:我们?的?)?(?:房间|房里|楼上)|客房送餐|送餐服务|(?:叫|点)(?:个)?(?:外卖|夜宵|宵夜)(?:到|送)?(?:房间|房里)?|\broom service\b|\b(?:send|bring)(?: [\w-]+){0,4} (?:up )?to (?:my|our) room\b/i;
/** A joke told: "Why did the chef go to the hotel? Because he wanted a table for one!", "给你讲个笑话", "哈哈哈哈 老周说我们的酱油广告比酱油本身还咸". */
export const JOKE_TOLD = /^\s*哈{3,}\s*[^。，,]{0,12}说[^。]{0,30}比[^。]{0,12}还|^\s*(?:why did the|why was the|what do you call an? |knock,? knock)\b[^?]{3,80}\?\s*(?:because|a |an |who'?s there)|\b(?:taught|told) me (?:that|this) (?:one|joke)\b|\bmy (?:grand)?(?:son|daughter|kid|grandson|granddaughter)s? (?:taught|told) me that\b|(?:讲|说)(?:个|一个)笑话/i;
/** "My friend told me you give double points on weekends, is it true?": how the points scheme works, asked. */
export const POINTS_SCHEME_ASKED = /积分(?:计划|方案)|(?:消费|花)[^，,。？?]{0,6}(?:几|多少)(?:个)?分|\bhow many (?:loyalty |reward )?points (?:do |would |will )?(?:i|we|you) (?:get|earn|collect|give)\b(?: (?:for|per|on|with))|\b(?:do|will|would|can|could) (?:i|we) (?:still |also )?(?:get|earn|collect|receive) (?:any )?(?:loyalty |reward |bonus )?points (?:for|on|if|when|with|through|thru)\b|(?:还|也)?(?:能|可以|会)(?:拿|积|得|有)?(?:到)?积分(?:吗|么|嘛)|(?:是不是|是否)?(?:可以|能|可不可以|能不能)用积分(?:来)?(?:换|兑换|抵)[^，,。？?]{0,8}(?:吗|么|嘛|[?？])|积分(?:真的)?(?:能|可以)(?:换|兑换|抵)[^。？?]{0,8}(?:吗|(?<!什)么|真的吗|[\s，,]*真(?:的|是)(?:可以|能|行|得)?(?:吗|啊|嘛|么)?\s*[?？])|积分(?:的)?(?:规则|制度|政策)|积分(?:要)?(?:怎么|如何)(?:兑换|换|用|使用|抵扣)|积分(?:是)?怎么(?:算|积|攒|计)的?|(?:能|可以)积多少分|\bhow do (?:the )?(?:loyalty )?points work\b|\bhow (?:are|do you) (?:loyalty )?points (?:earned|calculated|counted)\b|\bpoints (?:rules|policy)\b|积分(?:会不会|会|能不能)(?:翻倍|加倍|清零|过期|作废)|\bwould (?:i|we) get (?:double|triple|bonus) points\b|积分(?:可以|能|可不可以|能不能)(?:用来)?(?:抵|换|兑换|当钱|当现金)(?![^，,。]{0,4}(?:什么|啥|哪些))[^，,。]{0,6}(?:吗|么|嘛|不|[?？])|\bcan (?:i|we|points) (?:use (?:my |our )?points to|be used to) (?:pay|cover)\b|\bhow many points do (?:i|we|you) (?:earn|get)\b|每晚(?:能)?(?:得|赚|积|攒)(?:多少)?积分|积分(?:可以|能|可不可以|能不能)(?:在|喺)[^，,。?？]{1,8}(?:用|使用|抵扣)|\bcan (?:i|we) use (?:my |our |the )?points (?:at|in) the\b|\bhypothetically\b|\bwould (?:i|we) (?:lose|get|earn|keep|still get|forfeit)\b[^?]{0,30}\bpoints\b|(?:会不会|会)(?:扣|没了|清零|作废)[^？?]{0,6}积分|(?:积分|点数)(?:会不会|会)(?:扣|没|清零|作废|过期|失效)|\b(?:do |will |would )?you (?:guys )?(?:give|offer|do|run|have)\b[^?.!]{0,30}\bpoints\b|\b(?:double|triple|bonus|extra) points\b(?! balance)(?![^?]*\b(?:i|we) have\b)|\bhow many points (?!did (?:i|we)\b)(?:\w+ ){0,3}(?:give|earn|get|award)\b[^?]{0,20}\bfor\b|\bhow (?:do|can|does) (?:i|we|one|it) (?:earn|get|collect)\b|^\s*(?:do|does|will|would|can) (?!i\b|we\b)[^?]{1,30}\b(?:earn|get|collect) (?:loyalty )?points\b[^?]*\?|积分(?:是)?(?:怎么|如何)(?:算|攒|赚|获得|累积)|(?:积分|点数)[^，,。？?]{0,6}(?:可以|能)(?:放|存|保留)多久|(?:双倍|翻倍|多倍)积分|积分(?:翻倍|双倍)/i;

/** "are you open on Christmas Eve? we'd be about 10 people": whether the place is open, with nothing booked. */
export const OPEN_ASKED = /^(?!.*\b(?:book|reserve|reservation|table for)\b)(?!.*(?:订|预约|预定)).*(?:\b(?:are|r) (?:you|u) (?:guys )?open\b|(?:营业|开门)(?:吗|么|不|没)|有(?:没有)?开(?:吗|么|门吗)?\s*[?？]|开不开(?:门)?\s*[?？]?\s*$)/i;

/** Staff messages with nothing to record, each alternative a reason of its own. */
export const NOTHING_TO_RECORD = new RegExp(
  [
    // "Target for December is 40 closed deals. No excuses.": a target set, not a deal closed.
    /^\s*(?:the |our |team )?(?:target|goal|quota)s? for (?:this |next |the )?[\w-]+(?: [\w-]+)? (?:is|are)\b/i.source,
    // "客户已经签了，昨天我就在系统里改成成交了", "already marked it won in the CRM": recorded already, by the writer.
    /(?:已经|就|早就|早已)在(?:系统|CRM|crm|后台)(?:里|上)?(?:改|标|录|记|更新|登记)(?:成|好|过|了)|\balready (?:updated|marked|logged|entered|recorded|changed) (?:it |that |this )?(?:(?:as )?\w+ )?in (?:the )?(?:system|crm)\b/i.source,
    // "My cousin wants a table at your restaurant haha, I told him call the reception": sent to the desk, not booked.
    /\bi told (?:him|her|them) (?:to )?(?:call|ring|contact|phone|email|message) (?:the )?(?:reception|front desk|restaurant|hotel|office|desk)\b/i.source,
    // "Ramadan hours for sales team: 9 to 3. pls all stick to it": the team's hours set.
    /\b(?:ramadan|summer|winter|holiday|festive|new) (?:working |office )?hours for (?:the )?(?:\w+ )?team\b|\b(?:pls|please) (?:all|everyone) stick to (?:it|this|them)\b/i.source,
    // "刚差点把黄总的号码改错了，还好没改", "星河KTV那单黄了？哦没有，是我看错表了", "本来想给冯经理打个电话，想想还是等他先回吧",
    // "客户说下周二……不对，他没说具体哪天，反正还没定": a slip that never happened, a misreading, a call put off to wait.
    /差点(?:就)?[^。]{0,16}(?:还好|幸好|好在)(?:没|没有)|是我看错(?:表|了)|我看错了|本来想[^。]{0,20}(?:想想|后来)?还是(?:等|算了|不)|(?:他|她|客户)没说(?:具体)?(?:哪天|什么时候|时间)|\b(?:i|we) almost (?:changed|deleted|marked|overwrote)\b[^.]{0,40}\b(?:luckily|thankfully|but) (?:didn'?t|did not|not)\b|\bmy (?:bad|mistake),? (?:i )?(?:misread|read it wrong)\b/i.source,
    // "客户：唐小姐 …—— 这是小陈的客户，@小陈 你自己录一下哈": a colleague's customer, left to them to record.
    /这是(?:小|老|阿)?[\u4e00-\u9fff]{1,2}的客户[^。]{0,16}(?:你自己|你来|让(?:他|她)自己?)(?:录|记|跟)/.source,
    // "【跟进】客户：孙主任 —— 这条我昨天已经发过了，忽略": sent before, to be ignored.
    /(?:这条|上一条|这个)(?:我)?(?:昨天|刚才|之前|上午)?已经(?:发|录|记)(?:过)?了/.source,
    // "小王，汇丰源那边的跟进记录你今天补一下": a colleague told to fill in their own records.
    /^\s*(?:小|老|阿)[\u4e00-\u9fff][，,][^。]{0,20}你(?:今天|明天|下午|尽快|赶紧)?(?:补|录|记|填|更新)(?:一下|上)/.source,
    // "昨天跟Mr Tan打电话的记录我已经记了哦": logged already, by the writer.
    /(?:记录|跟进)(?:我)?已经(?:记|录|写)(?:了|过了|好了)/.source,
    // "Jenna's client Westbrook just paid their invoice - that one's hers, not mine", "老陈那个客户昨天回款了20万，牛啊👍":
    // a colleague's customer, news only.
    /\bthat (?:one|deal|client|account)(?:'s| is) (?:hers|his|theirs)\b|(?:老|小)[\u4e00-\u9fff]那个客户[^。]{0,20}(?:牛|厉害|羡慕|👍)/i.source,
    // "fwd from Jen: can someone book the conf room for thurs meeting w/ the distributors": the office's own room.
    /\bcan (?:someone|somebody|anyone|you) (?:book|grab|reserve|block) the (?:conf(?:erence)?|meeting|board) ?room\b/i.source,
    // "中午给我们组订外卖吧，小周不吃香菜记得备注一下": the team's own lunch ordered, a colleague's taste beside it.
    /(?:给|帮)(?:我们|大家|我们组|全组|组里|同事们?|部门)[^。]{0,6}(?:订|点|叫)(?:个|份|点)?(?:外卖|午饭|午餐|晚饭|奶茶|咖啡|下午茶)|\border (?:some )?(?:lunch|pizzas?|coffees?|takeout|takeaway|food|dinner) for (?:the (?:team|office|group)|us all|everyone)\b/i.source,
    // "刚刚那个客户的电话我记错了 等我确认一下在发你": the writer's own slip, the right value still to come.
    /(?:我)?记错了[^。]{0,12}(?:等我|我再|回头)|等我(?:确认|核实|核对|查)(?:一下)?(?:再|在)(?:发|告诉|给)(?:你|您)/.source,
    // "想着下个月找时间去远大建材看看 还没约": a visit thought of, nothing arranged.
    /(?:想着|打算|想)[^。]{0,16}找(?:个)?时间(?:去|过去)[^。]{0,16}(?:还没约|没约|再说)/.source,
    // "Lucky Star的Kenneth出了名的会砍价": a customer's reputation, passed on, is no record.
    /出了名的?(?:会|爱|能|喜欢)?(?:砍价|压价|拖款|拖账|难搞|抠门?|挑剔|磨叽)|\b(?:known|notorious|famous) for (?:haggling|bargaining|driving a hard bargain|paying late|being difficult|squeezing)\b/.source,
    // "新年目标：拿下50个新客户", "Q3 goal: 40 new accounts": a target set, not a customer won.
    // "Let's aim to close 15 deals this quarter, people": a target set for the team.
    /^\s*let'?s (?:aim|try|push|go for it|shoot) (?:to|for) (?:close|hit|sign|land|book|win|get|smash|beat|\d+)\b(?![^?]*\?)|(?:新年|今年|明年|年度|本月|这个月|下个月|季度|本季度?)(?:的)?(?:目标|flag|小目标)[:：]|立(?:个|了个)?flag|\b(?:new year'?s?|this year'?s|q[1-4]) (?:goal|target|resolution)s?\b/.source,
    // "本来打算今天去拜访郑总的，后来想想算了": a plan dropped before it happened.
    // "本来想今晚 call 陈生 但系算了 唔打啦": the same in Cantonese.
    /(?:本来|原本|原来)(?:打算|想|准备|计划|要)[^。]{0,30}(?:后来|结果|但是|可是|不过|但系|不过呢|想想|想了想)[^。]{0,30}(?:算了|算啦|不去了|唔去啦|唔打啦|不打了|作罢|改天|下次再)/.source,
    // "Just sharing ah, today I went back to…", "Just wanted to share, we just got back from Japan": a story told.
    /^\s*(?:hello(?: po)?!?\s*)?just (?:sharing|wanted to share|want to share)\b/.source,
    // "@李婷 问你个事儿", "欸阿凯，问你一下": a colleague asked by name, not the bot.
    /^\s*(?:@\S+|欸|诶|哎)?\s*[\u4e00-\u9fffA-Za-z]{0,4}[，,\s]*问你(?:个事儿?|一下|件事)/.source,
    // "谢谢王姐，样品收到了", "thanks Mel, got the samples": a colleague thanked for what reached the writer.
    /^\s*(?:谢谢|多谢|感谢|谢啦)[\u4e00-\u9fff]{1,3}[，,!！\s]+[^。，,]{0,8}(?:收到了|收到啦|收到|到了)\s*[。!！~～]*\s*$|^\s*(?:thanks|thx|ta|cheers) [A-Z][a-z]+[,!]?\s+(?:got|received) (?:the|your|it)\b[^.!?]{0,20}[.!]?\s*$/.source,
    // "Helen already got the revised quote last week, no need to send it again": a resend called off, nothing new happened.
    /\bno need to (?:re-?send|send|email|forward|share|mail) (?:it|them|that|this|the \w+)(?: \w+)? again\b|(?:不用|不必|别|无需)再(?:发|寄|传|转发)(?:一(?:遍|次)|一下)?(?:了|[。.!！\s]*$)/.source,
    // "谁看到Amy了跟她说一声让她回王总电话": a message passed to a colleague, no record of ours.
    /^(?:谁|有人)(?:看到|见到|碰到)[^，,。]{1,10}(?:了)?(?:跟|和|告诉)(?:她|他)(?:说一声|讲一声|说下)/.source,
    // "王姐的客户我都接好了，昨天的跟进也都记过了", "小刘说他明儿去拜访钱总，我就跟大伙儿说一声": done already, or only passed round.
    /(?:都|也都|全都|全部)(?:记|录|登记)(?:过|好)了|(?:我)?就(?:跟|和)(?:大伙儿?|大家)(?:说|讲)一声/.source,
    // "明天打算去几个水果批发市场转转，看看行情": a walk round a market, no one's record.
    /(?:去|到)[^，,。]{0,12}(?:市场|批发市场|展会|商场|夜市|商圈)(?:里)?(?:转转|逛逛|转一转|逛一逛|转一圈|逛一圈)/.source,
    // "老王说他月底休假，他手上客户的事我先盯着": a colleague's customers minded while they are away, no one's record.
    /(?:他|她)手上(?:的)?[^，,。]{0,6}(?:客户|单子|事|活|项目)[^。]{0,6}我(?:先|来|帮(?:他|她))?(?:盯着|看着|顶着|接着|管着|跟着|照看)|\b(?:i'?ll|i will|i'?m) (?:cover(?:ing)?|mind(?:ing)?|look(?:ing)? after) (?:his|her|their) (?:accounts|clients|customers|deals)\b(?! (?:from|starting|on|by)\b[^.]*\b(?:reassign|transfer))/.source,
    // "明天我休息，华锐的事有问题找小王", "阿Mandy说她明天会自己去见Fortune那边": who covers, or a colleague's own visit.
    /我(?:明天|后天|下周[一二三四五六日天]?|周[一二三四五六日天]|这周)?(?:休息|请假|休假|不在|出差)[^。]{0,16}(?:找|问|联系)(?:小|老|阿)?[\u4e00-\u9fffA-Za-z]{1,6}|(?:说|讲|话)(?:他|她)[^。]{0,8}(?:会)?自己(?:去|跟|打|联系|见)/.source,
    // "这周六的包间是不是已经满了？有个老客人在问": whether a day is full, asked for a guest.
    /(?:是不是|是否)(?:已经)?(?:满|订满|约满|坐满|住满)了|(?:订|约|坐|住)?满了(?:吗|没有?)[?？]?/.source,
    // "Honestly this job will kill me": the writer's own day, vented.
    /\bthis job (?:will|is going to|is gonna) kill me\b|\blet me sleep\b|这(?:份)?工作(?:要|会)?(?:累死|折磨死)我/.source,
    // "Team, before we all go off… thank you… shoutout to Wei Ling": thanks to the team at year's end.
    /\b(?:special )?shout-?out to\b[^.]*\b(?:enjoy the break|see you (?:all )?in|happy holidays|merry christmas)\b|\bi just want to say thank you\b/.source,
    // "小陈说她已经把跟进记好了", "saw in the feed that Raj already moved Orchid Spa to won": a colleague already recorded it.
    /(?:说|讲)(?:她|他)?(?:已经|早就)(?:把[^，,。]{1,16})?(?:记|录|登记|填|更新|建)(?:好|了|完)|\b(?:saw|noticed|seen)\b[^.!?]{0,20}\bthat [A-Z]\w+ (?:already |just )?(?:moved|logged|marked|updated|closed|added|entered)\b/.source,
    // "what time is 3pm Shanghai in Toronto?", "跟纽约时差多少": clocks in other places.
    /\bwhat time is (?:it )?[^?]{0,30}\bin [A-Z]\w+|\btime difference\b|时差/.source,
    // "小李已经把洁力的报价录进系统了我就不重复录了", "何女士那边王姐已经跟进过了我这边先不动": a colleague did it already.
    /(?:已经|早就)(?:把[^，,。]{1,16})?(?:录|记|登记|填|更新|建|跟进|跟|联系|回复)(?:进|入|到|过)?(?:系统|crm|表格?)?(?:里)?了[^。]{0,10}?(?:不(?:用)?(?:重复|再)|就不|先不|不动|不管)|我(?:这边|就)?(?:先)?不(?:重复)?(?:录|记)了/.source,
    // "我没有给李总打电话，别记错了", "没有 call 周小姐, 我忘了", "I didn't call Dave, forgot": a contact not made.
    /(?:^|[，,。\s])(?:我)?(?:还|今天)?没(?:有)?(?:给|跟|和|去)?\s?[^，,。\s]{0,8}?\s?(?:打电话|打过电话|打给|call|拜访|联系)[^。]{0,8}?[，,。\s]+(?:我)?\s?(?:别记|不用记|不要记|先别记|忘了|忘记了|搞忘了)|\bi (?:didn'?t|did not|never) (?:get round to )?(?:call|ring|phone|visit|email|meet)(?:ing)? \w+[^.!?]{0,20}[,.;—-]\s*(?:i )?(?:forgot|don'?t log|do not log|no need to log|don'?t record)\b/.source,
    // "still waiting, nothing to update": nothing to change, said so.
    /\bnothing (?:to|worth) (?:update|log|record|change)\b(?! (?:except|but|apart)\b)/.source,
    // "今天一个客户都没联系，没什么要记的": a day with nothing to record, said so.
    /没(?:什么|啥)(?:要|可|好|需要)?(?:记|录|登记)的(?![^。]{0,6}(?:就|只|除了))|\bnothing (?:to|worth) (?:log|record|note|write down)(?:ging)? today\b/.source,
    // "能不能每周一早上自动把待办推给我？": a feature wished for, asked of the product, not of the records.
    /(?:能不能|可不可以|能否|可以|有没有办法)[^。]{0,6}(?:每天|每周[一二三四五六日天]?|每个?月|定时|自动)[^。]{0,16}(?:推|发|提醒|通知)(?:送)?给我|\b(?:can|could) (?:you|it|the bot|this(?: app)?) (?:automatically|auto-?)\s*(?:send|push|remind|email)\b/.source,
    // "投诉流程是不是要先走质量部？": how complaints are handled in-house, asked.
    /(?:投诉|客诉)(?:的)?(?:处理)?(?:流程|程序|规定|制度)[^。]{0,12}(?:是不是|是否|吗|[?？]|怎么)|\bwhat(?:'s| is) (?:the|our) (?:complaints?|escalation) (?:process|procedure|policy)\b/.source,
    // "想了想还是先不给孙工打电话了": a contact decided against, for now.
    /(?:想了想|想想|算了)?还是先不(?:给|去|跟|找)?[^，,。]{0,8}?(?:打电话|打|联系|拜访|约|找)[^，,。]{0,6}?了/.source,
    // "周经理那单可能会成吧": a deal that may come, wondered about.
    /(?:那单|这单|单子)[^。]{0,6}(?:可能|也许|说不定|应该)(?:会)?(?:成|签)(?:吧|了吧|也说不定)/.source,
    // "I'd rather get the weekly summary on Mondays": when the report comes, wished for.
    /\b(?:i'?d rather|i would rather|i'?d prefers? to|i prefers? to|can we) (?:get|have|receive|see) (?:the |my |our )?(?:weekly |monthly |daily )?(?:summary|report|numbers|digest)s? on\b/.source,
    // "the dashboard so slow today one", "系统好卡打不开": the app itself grumbled about.
    /^(?!.*\b(?:complain\w*|escalat\w*)\b)(?!.*(?:投诉|抱怨)).*\b(?:the )?(?:dashboard|app|system|crm|bot|portal)\b[^.?!]{0,20}\b(?:so slow|slow|down|laggy|lagging|crash(?:ed|ing)?|can'?t load|cannot load|not loading|won'?t load|broken|stuck|hanging)\b|(?:系统|后台|页面|app|APP)(?:又|好|太|今天)?(?:卡|慢|崩|打不开|登不上)/.source,
    // "老板找我要上季度的排名，我还没来得及弄": the boss's ask, told.
    /(?:老板|领导|上司|经理|总监)(?:又)?(?:找我要|问我要|让我(?:做|出|交|弄)|催我(?:要|交)?)/.source,
    // "these numbers cannot be right", "Monthly report looks fine, no action needed": figures judged, not asked for.
    /\b(?:these|the|those) (?:numbers|figures|totals) (?:cannot|can'?t|couldn'?t) be right\b|\bdoesn'?t add up\b|\b(?:report|summary|numbers|figures|dashboard) looks? (?:fine|ok|okay|good|great|right)\b[^?]*\bno (?:action|changes?) (?:needed|required)\b|(?:数据|数字|报表)(?:肯定|应该)?(?:不对|有问题|算错了)/.source,
    // "上周的周报开会讲得太久了": a report's meeting grumbled about.
    /(?:周报|月报|汇总|业绩|数据)[^，,。]{0,3}(?:会议|开会|例会)[^，,。]{0,8}(?:太久|太长|好久|好长|拖|讲了|开了)/.source,
    // "好的，已经跟客人说了，他说晚点再打过来": a message passed on to a guest, nothing to keep.
    /^(?:好的|ok|okay|收到|嗯)?[，,\s]*已经(?:跟|和|通知|告诉)(?:客人|顾客|客户|他|她)(?:说|讲)?了/.source,
    // "早知道上周就应该给 Marcus 报价 唉": a chance missed, regretted.
    /早知道[^。]{0,24}(?:就|应该|早)/.source,
    // "刚才说嘉禾成交的那条作废，我看错了": an earlier message taken back.
    /(?:刚才|刚刚|上一条|前面)(?:说|发|那条)[^。]{0,20}(?:作废|不算|撤回)/.source,
    // "测试一下，忽略：新线索 测试用户", "test message pls ignore": a test of the bot.
    /^\s*(?:测试一下|测试消息|test(?:ing)?(?: message)?)\s*[，,:：!！.]|\b(?:pls|please) ignore\b|\bignore this\b|忽略[:：]/.source,
    // "小王这周一条跟进都没录，我真的会谢": a colleague's slack grumbled about.
    /(?:跟进|记录|单子)[^，,。]{0,6}都没(?:录|记|写)|我(?:真的)?会谢/.source,
    // "@所有人 周五前把自己手上的客户资料都更新一下": the whole team told to do its own records.
    /^\s*@(?:所有人|全体|all|everyone|here|channel)(?![a-z])[^。]*(?:自己|各自|大家|各位|你们|everyone|all of you|your own)/.source,
    // "谁家好人周一晚上订二十个人的包间啊？": who in their right mind would, asked for effect.
    /谁家好人|哪个好人/.source,
    // "要是大东车行那单成了 这季度能到多少": figures wondered about on a deal not yet made.
    /^\s*(?:假设|假如|假定|如果|要是)[^。？?]{2,30}(?:还剩|能剩|会剩|能赚|会赚|赚)多少|(?:要是|如果|假如|万一|假设|假定)[^。]{1,20}(?:成了|签了|拿下|成交|下来了?|都上了|上了|都买了|买了|都要了)[^。]{0,12}(?:能到|能有|会有|会到|能做到|能拿)多少|\bif\b[^.?!]{1,40}\b(?:closes|signs|comes in|lands)\b[^?]{0,40}\b(?:where|how much|what) (?:would|will|do)\b/.source,
    // "yesterday's summary meeting ran 2 hours", "no need to pull the summary now": a report talked about, not asked for.
    /\b(?:summary|report|review|pipeline|numbers) (?:meeting|call|session)\b|(?:汇总|周报|月报|业绩)会(?![员计])|\bno need to (?:pull|get|run|send|show|do)\b[^.?!]{0,20}\b(?:summary|report|numbers|figures|stats)\b|(?:不用|不需要|别)(?:再)?(?:出|拉|发|给我|做)(?:汇总|报表|数据|周报|月报)/.source,
    // "汇总里的销售额是含税还是不含税的？": how the figures are counted, asked.
    /(?:是)?(?:含税|不含税)(?:还是|的吗|吗)|怎么算的|按[^，,。？?]{1,8}算(?:还是|的吗|吗)|\bdo (?:we|you|they) (?:count|include)\b[^?]{0,60}\b(?:in|as part of|towards?)\b[^?]{0,40}\b(?:figures|numbers|revenue|sales|summary|report|totals?)\b|(?:目标|指标|kpi|任务)[^，,。？?]{0,4}(?:是)?(?:什么时候|啥时候|谁)(?:订|定|出|制定)的|(?:是|按)什么口径|按[^，,。？?]{1,10}还是(?:按)?[^，,。？?]{1,10}(?:算|排|统计|计)|\bhow (?:is|are|do you|does (?:it|the (?:bot|system|app|crm))) (?:the )?['"‘“]?[a-z -]{1,30}['"’”]? (?:calculated|counted|worked out|defined|computed|determined|ranked|sorted|measured)\b|\bwhat counts as (?:an? )?['"‘“]?(?:overdue|late|active|won|lost|vip|key|top|new)\b|\b(?:ranked|sorted|ordered|calculated|counted) (?:by|on) [^?.!]{1,30}\bor (?:by )?[^?.!]{1,30}\?|\b(?:does|do|is|are) (?:the )?[a-z ]{1,30} (?:include|including|exclude|excluding|net of|gross of) (?:tax|vat|gst|refunds|returns)\b/.source,
    // "the new lead screen looks loads better", "客户页面好卡": the app itself talked about.
    /\b(?:lead|customer|booking|deal|pipeline|contact)s? (?:screen|page|form|button|tab|layout|template|dashboard|field|ui|view|menu)s?\b[^.?!]{0,30}\b(?:looks?|is|are|works?|feels?|broke|broken|slow|better|nicer|cleaner|loads)\b|(?:线索|客户|订单|预订)(?:的)?(?:页面|界面|按钮|表单)[^。]{0,10}(?:好看|好用|卡|慢|变了|不错|难用)/.source,
    // "林小姐的电话我刚刚已经改好了 不用再动": a record already mended, to be left alone.
    /(?:已经|刚刚?|早就)(?:改|更新|弄|处理|修)好了[^。]{0,8}(?:不用|别|不要|无需)再?(?:动|改|弄|管)/.source,
    // "I'll look at the month-to-date numbers after lunch", "我下周再看看自己的任务吧": the writer's own look, put off.
    /^(?!.*(?:[?？]|\b(?:pls|please|can you|could you|send|show me|give me)\b|给我|发我|帮我))(?:.*\bI(?:'ll| will|'m going to| am going to|'m gonna| gonna) (?:take a look at|have a look at|look at|look over|go through|check|review|dig into) (?:the |my |our |those |these )?[^.]{0,30}\b(?:numbers|figures|stats|report|summary|tasks|list|pipeline)\b[^.]{0,20}\b(?:later|after \w+|tomorrow|tonight|next week|on \w+day|when i\b|this (?:afternoon|evening))|.*(?:晚点|回头|等会儿?|过会儿?|改天|下周|明天|有空)(?:我)?再(?:看看|看|瞧瞧|研究|过一遍)[^，,。]{0,12}吧)/.source,
    // "明天早会要讲年初至今的数据，我得准备下PPT": the writer's own slides, not figures asked for.
    /^(?!.*(?:[?？]|给我|发我|帮我|拉一下|调一下))(?=.*(?:得|要|需要|还要)准备(?:一?下)?(?:PPT|ppt|幻灯片|材料|汇报|slides|deck))/.source,
    // "下个月我们要冲一下业绩": the team's push, announced.
    /(?:我们|大家|咱们|团队|全组)(?:[^，,。]{0,6})?(?:要|得|必须|一起)?冲(?:一下|一冲|一波|刺)?(?:业绩|销量|目标|kpi|指标)/.source,
    // "今天的任务都搞定了，收工", "all my tasks are done for today": the day's list cleared, told.
    /^(?!.*[?？吗])(?:.*(?:任务|待办|跟进)(?:都|全|全部|已经|也)*(?:搞定|做完|完成|弄完|清空|清完|办完|跟完)了|.*\b(?:all )?(?:my )?(?:tasks?|to-?dos?|follow-?ups) (?:are |is )?(?:all )?(?:done|cleared|finished|complete|completed)\b|.*\bcleared (?:all )?(?:of )?(?:my )?(?:tasks|to-?dos|follow-?ups)\b)/.source,
    // "what's the difference between a Rioja crianza and a reserva? a client asked": a product explained, not a record
    // (the CRM's own words, a lead or a stage, explained are help).
    /^\s*(?:what(?:'s| is)|whats) the difference between\b(?![^?]*\b(?:week|month|quarter|year|sales|revenue|numbers|figures|reps?|stages?|leads?|prospects?|pipeline|qualified|proposal|negotiation)\b)/.source,
    // "no follow-ups today, nice", "今天没有要跟进的，爽": an empty list, told.
    /^\s*(?:no|zero|nothing(?: on)?) (?:follow-?ups?|tasks?|calls?|meetings?|reminders?)(?: due)? (?:today|this week|tomorrow)\b(?![^?]*\?)|^\s*(?:今天|这周|本周|明天)(?:没有?|没啥)(?:要)?(?:跟进|任务|安排)(?:的)?[，,\s]*(?:爽|舒服|轻松|nice|开心)/.source,
    // "nothing has closed since Monday. unbelievable.", "这周一单都没开": no sale, vented.
    /^(?!.*[?？吗])(?:.*\bnothing (?:has |have )?(?:closed|signed|come in|landed)\b|.*一单(?:都|也)没(?:成|签|开|出)|.*颗粒无收|.*零成交)/.source,
    // "stop sending me the daily digest please", "别再给我发日报了": the bot's own messages turned off.
    /\b(?:stop|quit) (?:sending|pushing)(?: me)? (?:the |these |those |your |this )?(?:daily |weekly |monthly |morning |automatic |auto )?(?:digests?|reports?|summar(?:y|ies)|emails?|notifications?|reminders?|pings|updates)\b|\b(?:turn off|disable|mute|unsubscribe(?: me)? from) (?:the |these |those |my |this )?(?:daily |weekly |monthly |morning |automatic |auto )?(?:digests?|reports?|summar(?:y|ies)|notifications?|reminders?|pings|alerts|updates)\b|(?:别|不要|不用|停止|取消)(?:再)?(?:每天|每周[一二三四五六日天]?|每月)?(?:早上|晚上)?(?:给我)?(?:发|推|推送|发送)(?:每日|每天的?|每周的?)?(?:日报|周报|月报|汇总|简报|提醒|通知)|取消订阅|退订/.source,
    // "got it thx Wendy, fixed the quote template", "报价单模板改好了": the team's own documents, not a customer's news.
    /\b(?:fixed|updated|tweaked|edited|redid|redone|cleaned up|changed|finished) (?:the|our|my) (?:quote|quotation|invoice|proposal|email|contract|price ?list) (?:template|format|layout)\b|(?:报价单|报价|合同|发票|邮件)(?:的)?模板(?:已经)?(?:改|更新|弄|做)好了/.source,
    // "the summary you gave me is wrong, Tom closed 3 deals not 2", "lol the bot logged my lunch order as a lead": what the
    // bot did, found fault with; the details quoted are its mistake, not news.
    /\bthe (?:summary|report|numbers|figures|list|ranking|total)s? you (?:gave|sent|showed|pulled)(?: me| us)?\b[^.?!]{0,20}\b(?:is|was|are|were|looks?) (?:wrong|off|way off|incorrect|broken)\b|\bthe bot (?:just )?(?:logged|recorded|saved|marked|made|created|put|added|turned|read)\b[^.?!]{0,40}\bas (?:a |an )?(?:new )?(?:lead|deal|booking|complaint|follow-?up|customer)\b|(?:机器人|bot|系统)(?:又|刚才|刚刚)?把[^。]{0,16}(?:记成|录成|当成|识别成)|你(?:刚才|刚刚)?(?:给我)?(?:发|给|出)的(?:汇总|报表|数据|数字|报告|排名)(?:不对|错了|有问题)/.source,
    // "查下 6205-2RS 还有多少库存", "FOB Ningbo 和 CIF LA 差价大概多少": stock and freight terms, which the CRM does not keep.
    /(?:还有多少|有没有|剩多少|剩|还有)(?:库存|现货|存货)(?=[^，,。]{0,6}(?:吗|么|没|[?？]|$))|(?:还有多少|有没有|剩多少)(?:库存|现货|存货)|库存(?:还有|有)?(?:多少|几)|\b(?:how much|how many|any|do we have)\b[^?]{0,30}\b(?:in stock|stock left|on hand|inventory)\b|\b(?:FOB|CIF|CFR|EXW|DDP|DAP|FCA)\b[^。?？]{0,30}(?:和|跟|与|vs\.?|versus|and)\s*(?:FOB|CIF|CFR|EXW|DDP|DAP|FCA)\b[^。?？]{0,20}(?:差价|差多少|差别|区别|difference)/.source,
    // "张伟的电话不用改，还是原来那个": a detail said to stay as it is.
    /(?:电话|手机|号码|邮箱|地址|生日|公司)(?:号)?(?:不用|不要|别|先别)(?:改|换|更新|动)|\b(?:number|phone|email|address)\b[^.?!]{0,20}\b(?:stays? the same|hasn'?t changed|is still the same|no need to (?:update|change))\b/.source,
    // "华辰那单还没签，别急着标成交", "don't mark Pacific Crest lost yet": a stage asked not to be set; unless another is
    // asked in its place ("别标成输单，改回谈判阶段").
    /(?:别|不要|先别|不用)(?:急着)?(?:标|改|标成|改成|标记)(?:成|为)?(?:成交|赢单|输单|丢单|成单)(?![^。]{0,12}(?:还在|仍在|仍然在|还是)[^。]{0,6}(?:阶段|报价|谈判|洽谈|意向|跟进)|[^。]{0,4}[，,]\s*(?:改回|改成|改为|标成|设为|调回|退回))|\b(?:don'?t|do not) (?:mark|move|set|put|close) [^.?!]{0,30}\b(?:as )?(?:lost|won|closed)\b(?: yet)?/.source,
    // "Acme 那单还是老样子，没啥进展", "Kestrel's PO hasn't come through yet": no news of a deal.
    /(?:那单|这单|单子)(?:还是)?(?:老样子|没(?:啥|什么)?进展|没动静)|\b(?:po|order|payment|contract)\b[^.?!]{0,12}\b(?:hasn'?t|has not|haven'?t) (?:come through|come in|arrived|landed)(?: yet)?\b/.source,
    // "签单这种事急不来啊": a saying about selling.
    /这种事(?:急不来|急不得|强求不来)/.source,
    // "别把马超加成线索，他只是来问路的", "don't add him as a lead": a record asked not to be made.
    /^\s*(?:别|不要|不用|先别)(?:把|给)?[^，,。]{0,8}(?:加成|加为|录成|录为|建成|加到|录到|录进|当成)(?:线索|客户|潜客|联系人)|\b(?:don'?t|do not|no need to) (?:add|log|record|create|save|enter) [^.?!]{0,30}\bas an? (?:lead|customer|contact|prospect)\b/.source,
    // "这周五之前我要把逾期的都清掉", "I'll clear my overdue follow-ups by Friday": the writer's plan for their own list.
    /我(?:要|得|会|打算|准备|争取)[^，,。]{0,6}把[^，,。]{0,8}(?:逾期|过期|积压|待办|任务|跟进)[^，,。]{0,4}(?:都|全部|统统)?(?:清掉|清完|清空|处理完|处理掉|搞定|跟完|做完|消灭)|\b(?:i'?ll|i will|i'?m going to|gonna) (?:clear|clean up|get through|knock out|work through) (?:all )?(?:my|the) (?:overdue|late|pending|outstanding) (?:follow-?ups|tasks|calls|list)\b/.source,
    // "Kevin 上个月其实做得不错，就是回款慢": a rep's period judged, with nothing asked.
    /^(?!.*[?？吗么])\s*[^，,。\s]{1,10}\s*(?:这个?|上个?|本)(?:周|月|季度?|礼拜)(?:其实|还|挺|也|真的?)?(?:做得|干得|卖得|跑得|表现得?)(?:其实|还|挺|很|真|蛮|相当|也|都)?(?:不错|很好|挺好|可以|一般|很差|差|不行|好|棒|出色|稳)/.source,
    // "how does the system decide who counts as a VIP?", "RFM 的分数是怎么算出来的": how the CRM works something out, asked.
    /\bhow (?:does|do|did) (?:the |this |your )?(?:system|crm|bot|app|tool|software)\s+(?:decide|work out|calculate|compute|count|score|rank|pick|choose|define|determine|know)\b|\bhow (?:is|are) (?:the )?(?:rfm|vip|segments?|scores?|rankings?|tiers?)\b[^?]{0,30}\b(?:calculated|computed|decided|worked out|defined|determined|scored)\b|(?:RFM|VIP|分层|分级|评分|分数|等级|排名)[^，,。？?]{0,8}(?:是)?(?:怎么|如何)(?:算|计算|评|定|划分|排)(?:出来)?的/.source,
    // "The Il Calice deal is already registered as won, no need to change it": a record said to stand as it is.
    /\balready (?:registered|logged|recorded|entered|marked|saved|in the (?:system|crm))\b[^.!?]{0,30}\b(?:no need|don'?t|nothing to)\b|\bno need to (?:change|update|touch|edit) (?:it|that|anything)\b|已经(?:录|记|登记|标|改)(?:过|好)了[^。]{0,10}(?:不用|无需|别)(?:再)?(?:改|动|录|记)/.source,
    // "Tom's client Mrs Hale popped in looking for him, I just took a message and passed it on": a message passed on.
    /\b(?:took|left|wrote down) (?:a|the|her|his) message\b[^.!?]{0,30}\bpassed (?:it|that) on\b|\bpassed (?:the|his|her|their) message on\b|(?:帮|替)(?:他|她)(?:留了?个?言|转达了)/.source,
    // "冲鸭！！这个季度狠狠地拿下💪": the team cheered on, no deal named.
    /^\s*(?:冲鸭|冲冲冲|冲啊|加油)[！!。\s]*[^，,。！!]{0,10}?(?:狠狠地?)?(?:拿下|冲)[！!。💪🔥\s]*$/.source,
    // "孙建平是老周介绍的，老周这人真仗义": who introduced whom, told with nothing wanted.
    /^\s*[\u4e00-\u9fff]{2,4}是[\u4e00-\u9fff]{1,4}介绍的(?![^。]*(?:想|要|需要|订|买|电话|手机|微信|\d|线索|客户|跟进))/.source,
    // "小刘说他下周想约黄经理吃饭，我还没批": a colleague's plan waiting on the writer's approval.
    /(?:我)?还没(?:批|同意|批准|审批|签字)[。！!\s]*$|\bi (?:haven'?t|have not) (?:approved|signed off)(?: (?:on )?it)?(?: yet)?[.!\s]*$/.source,
    // "物业那个投诉王姐在跟，我就不插手了": a matter a colleague is handling, left to them.
    /(?:在跟|在处理|在弄|在管|在跟进)[，,。\s]*(?:我)?(?:就)?不(?:插手|管|掺和|过问|跟)了/.source,
    // "小刘又把报价单发错客户了，我真是服了": a colleague's slip, vented.
    /^\s*(?:小|老|阿)[\u4e00-\u9fff](?:又|竟然|居然)把[^。]{0,12}(?:(?:发|寄|弄|搞|填|写|报|送|算)错|忘)/.source,
    // "鼎盛集团的 deal 我昨天已经 mark 成 won 了，大家不用再动": a record said to stand, in Chinese.
    /已经[^。]{0,12}(?:改成|标成|标记为|设成|mark\s?成|录进去|录好)[^。]{0,10}了[^。]{0,8}(?:不用|无需|别)(?:再)?(?:动|改|录)/.source,
    // "Jake said he'll call the Camry guy tomorrow, not me": a colleague's call to make.
    /\b(?:he|she|they)(?:'ll| will| is going to) (?:call|ring|email|text|visit|see|handle|chase|follow up)\b[^.!?]{0,40},?\s*not me\b/.source,
    // "下个季度的 KPI 我还在想怎么定，大家有 idea 可以提": a target still being thought over, ideas asked of the team.
    /还在想(?:怎么|要不要|如何)(?:定|弄|做|搞)|(?:大家|各位)有[^。]{0,6}(?:idea|想法|建议|点子)(?:可以|都可以|欢迎)?(?:提|说)/.source,
    // "帮我把这个月的业绩目标改成500万": the writer's own target set, which the CRM does not keep.
    /(?:业绩|销售|销售额|营收)?(?:目标|指标|kpi|quota)(?:改成|改为|调到|调成|设为|设成|定为|定成|改到)|\bset (?:my |our |the )?(?:monthly |quarterly |annual |sales )?(?:target|quota|goal) (?:to|at)\b/.source,
  ].join("|"),
  "i",
);

/**
 * A hotel's own operations, noted between staff: "T12 no-show, released to walk-ins", "1108 minibar posted to folio",
 * "1517空房 空调滴水 已报工程部 今晚先锁房", "how to void a folio?". A room, a folio or a shift is no customer's record.
 */
export const HOUSE_OPERATIONS = /(?:夜班|早班|中班|晚班)?交接(?:班|本|记录)?[:：]|\b(?:don'?t|do not|no|stop) (?:take|taking|accept|accepting) (?:any )?(?:bookings|reservations)\b|(?:别|不要|暂停|停止)(?:再)?(?:接|收)(?:预订|预约|订位|订房|订单)|\b(?:shift )?handover[:：]|\b(?:engineering|maintenance|facilities|housekeeping|IT)(?:'s| has| have)? (?:been )?(?:told|informed|notified|called|on it)\b|摆好台|入住了[\d一二三四五六七八九十几]+(?:个)?团|前台忙(?:疯|死|坏)了|\bno-?show\b|\breleased to (?:walk-?ins?|inventory|the pool)\b|\bminibar\b|\bfolios?\b|\bposted to (?:the )?(?:folio|room|account)\b|\bpar (?:level|stock|is)\b|\b(?:write|wrote|written) off\b|\bnight (?:shift|audit)\b|\bduty manager\b|^\s*handover\b|\bhandover (?:notes?|log|sheet|book)\b|\bout of order\b|\bOOO rooms?\b|锁房|报(?:了)?工程部|已报(?:修|工程)|交班|夜审|空房(?![间吗么没]|[?？])|维修房|坏房|\bhousekeeping (?:says|said|reported|found|report)\b/i;

/**
 * Details of ourselves or of people who are no customers: "FYI my new work email is …", "Our office moved to 88 Queen
 * Street", "the courier's number is …", "my neighbour just switched to Verizon, new number", "我妈不吃香菜".
 */
export const NOT_A_CUSTOMERS_DETAILS =
  /\b(?:my|our) (?:new )?(?:work |office |personal |own )(?:email|e-mail|number|phone number|mobile|extension|address)(?: address)? (?:is|has changed|changed)\b|\bour office (?:has )?(?:moved|is moving)\b|(?<!['’]s\s(?:new\s)?)\bemail signatures?\b|我们(?:公司|办公室)(?:搬|换地址)|\b(?:the )?(?:courier|delivery (?:guy|driver)|postman|plumber|electrician|cleaner)['’]s (?:number|phone|mobile|email)\b|\bmy (?:neighbou?r|landlord|flatmate|roommate)\b|我(?:妈|爸|老婆|老公|媳妇|儿子|女儿|爷爷|奶奶|外婆|姥姥)(?:不吃|不喝|爱吃|爱喝|喜欢|对[^，,。]{1,6}过敏)/i;

/** A wrong number, a warehouse's stock, a holiday's date: nothing the CRM keeps. */
export const NOT_OURS_TO_KEEP = /\b(?:my )?data (?:is |has |got )?(?:finished|done|over|run out|ran out|exhausted)\b|\b(?:out of|no more) (?:data|airtime)\b|\b(?:data|airtime) bundles?\b|\b(?:safaricom|mtn|airtel|glo|vodacom) bundles?\b|流量(?:用完|用光|没了|不够)|\bbook (?:it|her|the van|the car|the truck) in (?:at|for)\b|(?:我自己|我)(?:在|最近在)?(?:看房|买房|租房)|链家|贝壳找房|\b(?:flat|house|apartment)[- ]hunting\b|\b(?:service|mot|rego) (?:is )?due\b|\bmy landlord\b|我(?:的)?房东|(?:我|我家|我们家)(?:的)?(?:首付|房贷|车贷)|(?:^|[，,。\s])(?:首付|房贷|车贷)(?:还|又|要|得|快)|房子的合同|^\s*我(?:自己)?(?:换号了|换了?(?:新)?(?:手机)?号)|在网上买的|网购的|\bbought (?:it |them )?online\b|\b(?:her|his|their) (?:plumber|electrician|mechanic|dentist|doctor|lawyer|accountant|cleaner|builder|handyman)'?s? (?:number|contact|details)\b|\bin case we ever need\b|群发|\b(?:mass|bulk) (?:text|sms|message|email)\b|\bblast (?:a|an|the)\b|(?:全部|都)转给|转给[\u4e00-\u9fff]{1,3}跟进|\breassign\b|\bhand (?:over|off) (?:all )?(?:his|her|their|my) (?:accounts|clients|customers)\b|^\s*@\S+\s+(?:你|麻烦你|帮我|pls|please|can you|could you)|\baccount name\b|\b(?:IBAN|swift code|swift\/bic|bic\/swift|sort code)\b|开户行|户名[:：]|念[a-z]+还是[a-z]+|怎么念|读音|\bhow (?:do you|to) pronounce\b|片区|辖区|归(?:小|老)?[\u4e00-\u9fff]{1,2}还是归我|\bwhose (?:territory|patch)\b|\bwi-?fi (?:password|code|login)\b|(?:wifi|wi-fi|无线网?)(?:的)?密码|\bwrong number\b(?! for [A-Z])(?![^.!?]{0,40}\+?\d[\d\s-]{6,})|(?<!哦|噢|喔|啊|名字|姓名|名)打错(?:了|电话)(?![^。]{0,16}(?:尾号|是\s?\d|应该是|号码是|电话是|手机是|\d{3,}))|\b(?:still )?left in (?:the )?(?:warehouse|stock|store ?room)\b|库存还有多少|仓库(?:里)?还(?:有|剩)|\bwhat date is (?:chinese new year|cny|christmas|easter|diwali|hari raya|deepavali|thanksgiving|mid-autumn|ramadan|eid)\b|(?:春节|中秋|端午|除夕|元宵)是(?:几月)?几号/i;

/** Someone else's deal, or the writer's own family and tastes: "my brother-in-law just closed a deal with…", "my mom's birthday's Oct 3", "我自己只喝红酒". */
export const NOT_A_CUSTOMERS = /\b(?:called|rang|phoned|visited|texted|messaged) my (?:mom|mum|mother|dad|father|wife|husband|sister|brother|parents|son|daughter|gf|bf|girlfriend|boyfriend|grandma|grandpa)\b|给(?:我)?(?:妈|爸|老婆|老公|女朋友|男朋友|爷爷|奶奶)打(?:了)?(?:个)?电话|\blead on (?:a|an|the|some) (?:new )?(?:apartment|flat|house|home|place|job|car|condo|room|rental|property)\b|\b(?:won|closed|signed|lost) by (?!us\b|me\b|mistake\b|accident\b|error\b)[A-Z][a-z]+\b|\bbefore (?:i|we) joined\b|\bmy (?:brother|sister|friend|cousin|dad|father|mum|mom|mother|wife|husband|uncle|aunt|neighbou?r|mate|buddy|son|daughter)(?:-in-law)?(?:'s)?\b[^.!?]{0,40}\b(?:closed|signed|won|landed|birthday|bday|only uses|likes|prefers|allergic)\b|^\s*(?:我|我自己|本人)(?:也)?(?:只|不|从不|一向)(?:喝|吃|用)|^\s*i (?:myself )?(?:only|never|don'?t) (?:drink|eat|use)\b|我(?:妈|爸|老婆|老公|女儿|儿子|媳妇)[^。]{0,10}(?:生日|只喝|只用|喜欢|过敏)/i;

/**
 * Talk about the reports rather than a report asked for: how a figure is worked out, a comment on numbers already
 * seen, a plan to read one, an export or a forecast, or figures the CRM does not keep (stock, attendance, payroll).
 */
export const REPORT_NOT_ASKED = new RegExp(
  [
    // "明年的KPI我还没想好怎么定": targets still being thought out, no figures asked.
    /(?:KPI|kpi|目标|指标|任务量)[^。？?]{0,8}(?:还没想好|没想好|还没定|(?:要|该)?怎么定)/.source,
    // "was the summary email sent to the regional VP yet?", "老板说“下个月再看汇总” 那就先不发了": a report sent, or held back.
    /\b(?:was|has|did) (?:the|my|our|that) (?:\w+ )?(?:summary|report|recap|digest)(?: email)? (?:been )?(?:sent|go out|gone out|forwarded)\b|(?:汇总|报表|周报|日报|月报)(?:邮件)?(?:发出去|发过去|发)了(?:没|吗|没有)|(?:那就|就)?先不(?:发|报|出)了\s*[。.!！]?\s*$/.source,
    // "这周的报表数据是谁录错的？", "是不是又有人填错单位了", "Lily said \"I already fixed the Zenith numbers\" - did she?": who
    // entered figures wrong, asked after; no report asked.
    /(?:谁|有人|哪个|哪位)(?:又)?(?:录|錄|填|输|輸|写|寫|弄|记|記)错|(?:录|填|输|记)错的|填错(?:了)?单位|\b(?:fixed|corrected) the [\w ]{1,25}(?:numbers|figures|data|report)\b|\b(?:who|someone|somebody) (?:entered|put in|typed|keyed in|logged) [^?]{0,25}\bwrong\b/.source,
    // "Those April numbers look way too low. Did someone forget to log their calls?", "Bec said the March numbers were a
    // record. Nice work team 🎉": figures already seen, doubted or cheered.
    "\\b(?:did|has) (?:someone|anyone|somebody|everyone) (?:forget|forgotten|not|fail(?:ed)?) (?:to )?(?:log|enter|record|update|put in)\\b|\\b(?:numbers|figures|sales|results)\\b[^.?!]{0,12}\\b(?:were|was|are|is) (?:a (?:new )?record|record-breaking|through the roof)\\b(?![^?]*\\?)",
    // "Mashallah team, great numbers this week 👏👏 keep going": figures cheered, none asked for.
    "\\b(?:great|good|amazing|solid|strong|fantastic|awesome|excellent) (?:numbers|figures|results)\\b(?![^?]*\\?)(?![^.]*\\b(?:send|show|give|pull|share)\\b)",
    // "各位，本周周报记得周五下班前交哈": the team reminded to hand in their reports.
    "(?:周报|日报|月报)(?:记得|要|请|务必)[^。]{0,12}(?:交|提交|发给我|填)",
    // "ugh so many overdue tasks this week, gonna grab coffee first ☕", "这么多待办 头都大了": the pile groaned at, not listed.
    "^\\s*(?:ugh+|argh+|omg|sigh|man|god)?[,.\\s]*so many (?:overdue |open )?(?:tasks|follow-?ups|calls|to-?dos|reminders)\\b(?![^?]*\\?)|(?:这么多|一大堆)(?:逾期的?|过期的?)?(?:待办|任务|跟进)(?![^。]*(?:[?？]|吗|哪些|列|发我|给我))",
    // "Hypothetically… how would our key accounts react? Not asking for data, just your gut feel": no report asked.
    "\\bnot asking for (?:the |any )?(?:data|numbers|figures|a report|stats|a list)\\b|\\bhypothetically\\b|\\bgut (?:feel|feeling)\\b",
    // "不用发 weekly report 给我了，我自己看 dashboard", "不用给我看排行榜了", "no need for the digest today": a report no longer wanted.
    "不用(?:再)?(?:每周|每天)?(?:给我)?(?:发|看|拉|出)[^。]{0,12}(?:report|报告|周报|日报|报表|汇总|排行榜|排名|榜单)[^。]{0,4}了",
    "\\bno need for (?:the|a|my|today'?s|this week'?s) (?:digest|report|summary|numbers|rankings?)\\b",
    // "本月的汇总我已经发到群里了", "前十大客户的名单我已经打印好了": a report already made or sent by the writer.
    "(?:汇总|报表|名单|数据|报告|周报|月报|排名|榜单)[^。，,]{0,6}(?:我|我们)?(?:已经|早就|刚)(?:发到|发在|发进|发给|打印|做好|整理好|交|贴到|放到)",
    // "下周一早会过一下本季度的数字", "I'll walk the team through last week's report tomorrow": numbers to go over in a meeting.
    "(?:早会|周会|例会|晨会|月会|会上|开会时)(?:上)?(?:再)?(?:过一下|过一遍|讲一下|讲讲|说一下|说说|复盘|review)",
    "\\b(?:i'?ll|i will|we'?ll|going to|gonna) (?:walk|take) (?:the team|everyone|them|the reps|my team) through\\b",
    "\\bhow (?:is|are|does|do)\\b[^?]*\\b(?:ranked|calculated|computed|counted|worked out|measured)\\b",
    "\\bdoes (?:the|this|that) (?:summary|report|ranking)\\b[^?]*\\binclude\\b",
    "(?:为啥|为什么)[^。？?]{0,10}(?:这么|那么)(?:差|低|惨|少|难看)|(?:等会儿?|等一下|待会儿?|开完会)[^。]{0,6}我?再看|(?:定义|标准|口径|算法|规则|门槛)[^。？?]{0,8}(?:合理|对不对|有没有问题|行不行)|\\bdoes (?:that|this|the) (?:definition|cut-?off|threshold) make sense\\b|怎么算的|怎么排的|怎么统计的|按什么(?:排|算)|为什么[^。]{0,24}(?:对不上|不一样|不对)|对不上",
    "(?:数据|数字|业绩|numbers?|figures)[^。.!]{0,8}(?:不错|很好|挺好|(?:很|挺|非常|蛮)?清楚|清晰|不(?:太|怎么)?理想|(?:很|太|有点|真)(?:差|惨|难看)|惨淡|拉胯|look (?:right|good|fine|ok)|are (?:fine|right|ok))",
    // "never mind, skip the weekly summary", "下个季度要不要把VIP门槛提到50万呢": a report skipped, or a policy mused on.
    "\\bskip (?:the |this )?(?:\\w+ )?(?:summary|report|digest|recap|numbers)\\b|(?:要不要|该不该|是不是该|应不应该)(?:把)?[^。]{0,16}(?:门槛|标准|目标|指标|定价|提成)",
    "(?:已经|都)看(?:过)?了|\\balready (?:seen|read|saw|looked at)\\b|我会把[^。]{0,8}(?:过一遍|一遍|看一下)|\\bi'?ll (?:go through|review|look over|read) the\\b",
    "导出|\\bexport(?:ed|ing|s)?\\b|预测|\\bforecast|\\bpredict|不用(?:出|做|看|给我|发)?(?:汇总|报表|报告|月报|周报|战报)了?|\\bno need for (?:the |a )?(?:summary|report)\\b",
    "库存|周转率|\\binventory\\b|\\battendance\\b|考勤|出勤|请了?(?:几|多少)天假|工资|\\bpayroll\\b",
    // "is there a way to see when my reps set their reminders?": what the product can do, asked; "is there a way to see the
    // top 5 accounts this quarter?" is a report asked for politely.
    "\\bis there (?:a|any) way (?:to|for (?:me|us|managers|reps) to|i can|we can)\\b(?! (?:see|get|pull|view|check|show me) (?:the |my |our )?(?:top|biggest|best|largest|summary|figures|numbers|sales|bookings?|reservations?|points)\\b)|有没有办法(?:看|查|导|设)",
    // "是不是所有销售都能看到团队汇总？", "give the reps access to the monthly summary": who may see a report, asked or set.
    "\\b(?:give|grant|get|have|has|need) (?:the |my |our |all )?(?:\\w+ )?(?:access|permission)s? to\\b|\\b(?:access|permissions?) (?:to|for) (?:the )?(?:\\w+ )?(?:summary|report|dashboard|ranking)|\\bwho (?:can|gets to) see\\b|(?:都|也)?能(?:不能)?看(?:到|见)(?:团队|全组|大家|别人)?(?:的)?(?:汇总|报表|数据|排名)|(?:查看|访问|看)(?:汇总|报表|数据)?的?权限|谁能看",
    // "看了昨天的报表，转化率有点低", "上周汇总我看过了", "The Q3 report looked solid": a report already read, judged.
    "看(?:过|了)(?:昨天|今天|上周|本周|这周|上个?月|本月|这个月)?的?(?:报表|汇总|周报|月报|日报|报告|数据)|(?:报表|汇总|周报|月报|日报|报告|数据|数字)[^。，,]{0,4}(?:我)?看(?:过|到)?了(?![吗没么])|\\b(?:report|summary|numbers|figures|list)\\s+(?:looked|looks|was|were|is|are)\\s+(?:solid|good|great|fine|ok|okay|strong|weak|rough|bad|off)\\b",
    // "no need for the weekly summary this time", "今天先不用发日报了", "I'll look at the monthly report after the meeting".
    "\\bno need for (?:the |a |this )?(?:\\w+ )?(?:summary|report|list)\\b|(?:先)?不用(?:再)?(?:出|做|看|给我|发)?(?:日报|周报|月报)|\\bi'?ll (?:look at|check|read|go over|go through|review) (?:the|my|our) (?:\\w+ )?(?:report|summary|list|numbers)\\b[^?]*\\b(?:after|later|tomorrow|tonight|when)\\b|(?:的时候|之后|以后|回头|晚点|改天)我?再(?:看|过)[^。]{0,10}(?:数据|报表|汇总|数字|业绩)?",
    // "假如梁总那单黄了，我们这个季度还能完成指标吗": figures wondered about under an if.
    "^\\s*(?:假如|如果|要是|万一)[^。]{0,30}(?:还能|能不能|会不会)[^。]{0,12}(?:完成|达标|指标|目标)|\\bif\\b[^?]{0,40}\\b(?:would we|will we|could we) (?:still )?(?:hit|make|reach)\\b|\\bwhat (?:would|will|could) (?:the |our |my )?(?:numbers|figures|revenue|sales|margins?|totals?|pipeline)\\b[^?]{0,30}\\bif\\b|(?:如果|假如|要是)(?:我们)?[^。]{0,16}(?:降价|涨价|打折|提价|[降涨提]\\s*[\\d一二三四五六七八九十几]+\\s*(?:%|个点|成))[^。]{0,16}(?:会|能)[^。]{0,10}(?:多少|怎样|怎么样|上来|上去|起来|好看|提高|增加)|\\b(?:if|what if|suppose|supposing) (?:we|i|they)\\b[^.?!]{1,40}\\b(?:would|will|could) (?:the |our |my )?(?:numbers|figures|revenue|sales|margins?|totals?|pipeline)\\b",
    // "算了，报告不用发了", "Forget the Q2 report, I'll pull it myself later", "下个月打算重新分一下大客户": a report called off, or a regrouping planned.
    "(?:报告|报表|汇总|周报|月报|日报|数据)(?:就)?(?:先)?不用(?:再)?(?:发|做|出|给我)了|\\bforget (?:the|that|my|about the) (?:\\w+ )?(?:report|summary|numbers|rollup|digest)\\b|\\bi'?ll (?:pull|run|do) it myself\\b|(?:打算|准备|计划|想)(?:重新)?(?:分|划分|调整|梳理)(?:一下)?(?:大客户|客户分级|客户等级|VIP)",
    // "why does the task list show yesterday's stuff as overdue?", "前十大客户这个名单好像不对", "Please don't send me the weekly digest
    // anymore", "just finished reading the monthly report", "Q3的数字在周报里讲过了", "逾期任务怎么定义的", "my overdue list is finally empty!".
    "\\bwhy (?:does|is|do|did|are) (?:the|my|our) (?:task list|tasks|summary|report|ranking|digest|numbers)\\b|(?:名单|排名|排行|数据|报表|数字)[^。]{0,6}(?:好像|似乎|应该|怕是)?(?:不对|有问题|有误|错了)|\\b(?:don'?t|do not|stop) (?:send(?:ing)?|email(?:ing)?) me (?:the|my|this|that) (?:\\w+ )?(?:digest|report|summary|recap|list)\\b|\\b(?:just )?(?:finished|done) reading (?:the|my|this) (?:\\w+ )?(?:report|summary|digest)\\b|(?:数字|数据|报表|业绩)[^。]{0,12}(?:讲过了|说过了|过过了)|不用再拉|(?:逾期|过期|超期)(?:任务)?(?:是)?(?:怎么|如何)(?:定义|算)|超过几天算|\\bmy (?:overdue |task |to-?do )?list is (?:finally |now )?(?:empty|clear|done)\\b",
    // "can reminders skip weekends automatically?", "do reminders come by email?": how the reminders work, asked.
    "\\b(?:can|do|does|will|would|how do|how does|when do|when does) (?:the )?(?:weekly |daily )?(?:reminders?|task lists?|digests?) (?:\\w+ )?(?:skip|come|go out|work|get sent|repeat|arrive|show up|be sent)\\b|提醒(?:能不能|可以|可不可以|会不会|是不是)(?:跳过|自动|发到|通过|走)",
    // "how are we supposed to hit target with numbers like these?", "thanks, got the task list": numbers judged, a list received.
    // "FYI all, quarterly review is end of next month — start prepping your numbers": the team told, no report asked.
    // "if I log a call, does it auto-create a follow-up task?": how the product works, asked.
    "^\\s*(?:fyi|heads up|reminder|psa)\\b,?\\s*(?:all|everyone|team|guys|folks|people)\\b|\\b(?:start |begin )?(?:prep|prepping|preparing|prepare|get|have) your (?:numbers|figures|reports?|forecasts?)\\b|\\b(?:does|will|would|can) (?:it|that|this|the (?:bot|system|app|crm)) (?:auto(?:matically)?-?\\s?)?(?:create|make|add|set up|schedule|generate)\\b|大家(?:准备|提前准备|把)[^。]{0,8}(?:数据|数字|业绩|报表)",
    "\\bnumbers like (?:these|this|that)\\b|\\b(?:thanks|thank you|thx|ta|cheers)\\b[^?]{0,12}\\bgot (?:the|my|it)\\b|收到了?(?:报表|汇总|清单|列表)|\\bwould be nice if\\b|\\bit'?d be nice if\\b|\\bwas going to (?:check|look at|pull|run)\\b",
    // "already pulled the monthly numbers myself, no need", "the new dashboard looks nice btw": a report had already, the tool praised.
    "\\balready (?:pulled|ran|run|got|checked|did|done|exported|looked at|sent)\\b[^.?!]{0,30}\\b(?:summary|report|numbers|figures|stats|rankings?|list)\\b(?![^?]*\\?)|\\bthe (?:new |old )?(?:dashboard|app|interface|ui|layout|bot)\\s+(?:looks?|is|feels?)\\s+(?:so |really |very |pretty |super )?(?:nice|good|great|clean|cleaner|better|cool|slick|nicer|amazing|awesome)\\b(?![^?]*\\?)",
    // "what if we offered 15% off to the top accounts next quarter?", "boss says we need 5 follow ups a day now… shoot me",
    // "I want to see a report where Tim isn't last for once 😅": a what-if, a rule passed on, a wish in jest.
    "^\\s*what if (?:we|i)\\b|\\b(?:boss|manager|management|head office|hq) (?:says|said|wants|reckons)\\b(?![^?]*(?:\\?|\\b(?:can you|could you|pls|please|pull|send|show)\\b))|\\bwhere [A-Z]\\w+ (?:isn'?t|is not|aren'?t) (?:last|bottom)\\b|\\bfor once\\b\\s*(?:😅|😂|🤣|🙃|lol|haha)",
    // "要是明年房价涨10% 大客户会不会跑", "we should probably do a VIP appreciation dinner next month, thoughts?", "周报我周五前交给总部",
    // "明天下午开会讨论VIP等级调整 大家准备下材料", "can someone check why the Q3 numbers look off?", "拜访计划估计要泡汤了".
    "(?:要是|如果|假如)[^。]{0,16}(?:降|涨|提|打折)[^。]{0,16}会不会|\\bthoughts\\s*\\?|\\bwdyt\\b|(?:周报|月报|日报|汇总|报表)我[^。]{0,8}(?:交|发)给|开会讨论|准备(?:一)?下材料|^\\s*(?:can|could) (?:someone|somebody|anyone|anybody)\\b|(?:计划|安排)[^。]{0,6}(?:泡汤|要黄|黄了|打乱)",
    // "Boxing Day last year we did about 40k, hoping to beat it": last year's figure told, with a hope, no report asked.
    "\\bhoping to (?:beat|top|match|hit|double|smash) (?:it|that|last year'?s?)\\b(?![^?]*\\?)|希望(?:能|今年)?(?:超过|打破|赶上|破)(?:去年|上次|记录)(?![^。]*[?？吗])",
  ].join("|"),
  "i",
);

