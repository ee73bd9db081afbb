# Shared by the stand-in programs of tests/news-clean.bats: a tiny model
# of the real newsutils filters (same options, stream and --stats line),
# used only while the real ones are not built.  Not a reference: the
# tests compare news-clean against the pipeline run by hand.
use strict;
use warnings;
use JSON::PP;

our ($jsonl, $stats, $state, @files) = (0, 0, undef);
our ($docs, $lin, $bin, $lout, $bout) = (0, 0, 0, 0, 0);
my $t0 = time;

sub parse_args {
	my ($prog) = @_;
	while (@ARGV) {
		my $a = shift @ARGV;
		if ($a eq '-J' || $a eq '--jsonl') { $jsonl = 1 }
		elsif ($a eq '--stats') { $stats = 1 }
		elsif ($a eq '--state') { $state = shift @ARGV }
		elsif ($a eq '--') { push @files, @ARGV; last }
		elsif ($a =~ /^-./) { print STDERR "$prog: unknown option $a\n"; exit 2 }
		else { push @files, $a }
	}
	@files = ('-') unless @files;
}

# Run $keep->(text) over every paragraph of every document; it returns
# true to keep the paragraph.
sub filter {
	my ($prog, $keep) = @_;
	my $json = JSON::PP->new->canonical(1);
	for my $f (@files) {
		my $fh;
		if ($f eq '-') { $fh = \*STDIN }
		elsif (!open($fh, '<:raw', $f)) { print STDERR "$prog: $f: $!\n"; exit 2 }
		$docs++ unless $jsonl;
		while (my $l = <$fh>) {
			$bin += length $l;
			if ($jsonl) {
				$docs++;
				my $o = eval { $json->decode($l) };
				if (!$o) { print STDERR "$prog: $f:$.: bad JSON\n"; exit 2 }
				my @p = split /\n/, $o->{text} // '';
				$lin += @p;
				@p = grep { $keep->($_) } @p;
				$lout += @p;
				$o->{text} = join "\n", @p;
				my $s = $json->encode($o) . "\n";
				$bout += length $s;
				print $s;
				next;
			}
			$lin++;
			my $t = $l;
			$t =~ s/\r?\n\z//;
			next unless $t =~ /^\f/ || $t !~ /\S/ || $keep->($t);
			$lout++;
			$bout += length $l;
			print $l;
		}
	}
}

sub finish {
	my ($prog, $extra) = @_;
	close STDOUT or do { print STDERR "$prog: stdout: $!\n"; exit 2 };
	printf STDERR "%s: stats: docs=%d lines_in=%d bytes_in=%d lines_out=%d bytes_out=%d %sseconds=%d\n",
	    $prog, $docs, $lin, $bin, $lout, $bout, $extra ? "$extra " : '',
	    time - $t0 if $stats;
	exit 0;
}
1;
