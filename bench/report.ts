import { writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';

export interface Goal {
  goal: string;
  figure: string;
  limit: string;
  ratio: number;
  target: string;
  met: boolean;
}

/** Everything one benchmark run measured: printed as it goes, then the goals, then a JSON file. */
class Report {
  readonly lines: Array<{ stage: string; value: string }> = [];
  readonly goals: Goal[] = [];

  line(stage: string, value: string): void {
    this.lines.push({ stage, value });
    console.log(`${stage.padEnd(66)} ${value}`);
  }

  goal(goal: Goal): void {
    this.goals.push(goal);
  }

  machine(): Record<string, unknown> {
    const cpu = cpus();
    return {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model,
      memoryGiB: Math.round(totalmem() / 1024 ** 3),
      os: `${osType()} ${release()}`,
      node: process.version,
    };
  }

  finish(meta: Record<string, unknown>, file: string): void {
    console.log('\nGoals (ratio = figure / the limit measured in this run):');
    for (const g of this.goals) {
      console.log(
        `  [${g.met ? 'met' : 'NOT MET'}] ${g.goal}: ${g.figure} vs ${g.limit} → ${g.ratio.toFixed(2)} (target ${g.target})`,
      );
    }
    writeFileSync(
      file,
      JSON.stringify(
        { ...meta, machine: this.machine(), stages: this.lines, goals: this.goals },
        null,
        2,
      ),
    );
    console.log(`\nWritten: ${file}`);
  }
}

export const report = new Report();
export const record = (stage: string, value: string): void => report.line(stage, value);
