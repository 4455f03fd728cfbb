Console.WriteLine("usage: engine | storage");
