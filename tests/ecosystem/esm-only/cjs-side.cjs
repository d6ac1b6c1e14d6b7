// CommonJS code reaching an ESM-only package with import().
exports.load = async () => {
  const { nanoid } = await import('nanoid');
  const { default: chalk } = await import('chalk');
  return `${nanoid(5).length} ${chalk.level >= 0}`;
};
