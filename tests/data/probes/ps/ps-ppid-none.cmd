ps -ww -o pid=,rss=,args= --ppid 999999
