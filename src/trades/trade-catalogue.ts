/**
 * The trades seeded into a new database: the five named in the 2017 report first, then trades that
 * union competitions commonly run. Organizers add others through POST /api/trades.
 * Frozen copy: a migration must keep seeding the same list forever.
 */
export const TRADE_CATALOGUE: ReadonlyArray<{ code: string; name: string; nameEn: string }> = [
  { code: 'ECOM', name: '电子商务', nameEn: 'E-commerce' },
  { code: 'AGATE', name: '玛瑙雕刻', nameEn: 'Agate carving' },
  { code: 'CHEMLAB', name: '化工分析', nameEn: 'Chemical analysis' },
  { code: 'EXPRESS', name: '快递业务', nameEn: 'Express delivery business' },
  { code: 'GARDEN', name: '园林技艺', nameEn: 'Landscaping and garden craft' },
  { code: 'WELD', name: '焊工', nameEn: 'Welding' },
  { code: 'ELEC', name: '电工', nameEn: 'Electrician' },
  { code: 'LATHE', name: '车工', nameEn: 'Lathe operation' },
  { code: 'FITTER', name: '钳工', nameEn: 'Fitter' },
  { code: 'CNC', name: '数控车工', nameEn: 'CNC turning' },
  { code: 'AUTO', name: '汽车维修', nameEn: 'Automotive repair' },
  { code: 'COOK', name: '中式烹调', nameEn: 'Chinese cooking' },
  { code: 'PASTRY', name: '中式面点', nameEn: 'Chinese pastry' },
  { code: 'HVAC', name: '制冷空调系统安装维修', nameEn: 'Refrigeration and air-conditioning' },
  { code: 'NURSE', name: '养老护理', nameEn: 'Elderly care' },
  { code: 'CASHIER', name: '收银员', nameEn: 'Cashier' },
  { code: 'ACCOUNT', name: '会计', nameEn: 'Accounting' },
  { code: 'NETOPS', name: '计算机网络管理', nameEn: 'Computer network administration' },
  { code: 'MINEVENT', name: '矿井通风', nameEn: 'Mine ventilation' },
  { code: 'BUSDRV', name: '公交驾驶', nameEn: 'Bus driving' },
];
