<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ClassName</name>
    <message>
        <source>T-shirt/top</source>
        <translation>Camiseta/top</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>Calça</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>Pulôver</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Vestido</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>Casaco</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>Sandália</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Camisa</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>Tênis</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Bolsa</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>Bota</translation>
    </message>
    <message>
        <source>upper</source>
        <translation>superior</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>inferior</translation>
    </message>
    <message>
        <source>outer</source>
        <translation>externo</translation>
    </message>
    <message>
        <source>inner</source>
        <translation>interno</translation>
    </message>
</context>
<context>
    <name>Concepts</name>
    <message>
        <source>Identity: passes the sum on unchanged; layers without a non-linearity add up to one linear map</source>
        <translation>Identidade: passa a soma adiante sem mudança; camadas sem não linearidade equivalem a uma única transformação linear</translation>
    </message>
    <message>
        <source>ReLU: max(0, x). Fast and the usual choice; a unit stuck below zero stops learning (a dead unit)</source>
        <translation>ReLU: max(0, x). Rápida e a escolha comum; uma unidade presa abaixo de zero para de aprender (unidade morta)</translation>
    </message>
    <message>
        <source>Leaky ReLU: like ReLU, but a small slope (0.01) below zero keeps every unit learning</source>
        <translation>Leaky ReLU: como a ReLU, mas uma pequena inclinação (0,01) abaixo de zero mantém todas as unidades aprendendo</translation>
    </message>
    <message>
        <source>ELU: like ReLU, but smooth and slightly negative below zero</source>
        <translation>ELU: como a ReLU, mas suave e levemente negativa abaixo de zero</translation>
    </message>
    <message>
        <source>GELU: a smooth ReLU, used by transformers: x times the chance that a normal variable is below x</source>
        <translation>GELU: uma ReLU suave, usada nos transformers: x vezes a chance de uma variável normal ficar abaixo de x</translation>
    </message>
    <message>
        <source>SiLU (swish): x times sigmoid(x), a smooth ReLU with a small dip below zero</source>
        <translation>SiLU (swish): x vezes sigmoide(x), uma ReLU suave com um pequeno mergulho abaixo de zero</translation>
    </message>
    <message>
        <source>Sigmoid: squashes any sum into 0…1; it saturates at both ends, where gradients vanish</source>
        <translation>Sigmoide: espreme qualquer soma em 0…1; satura nas duas pontas, onde os gradientes somem</translation>
    </message>
    <message>
        <source>Tanh: squashes into −1…1, centred on zero; it saturates like the sigmoid</source>
        <translation>Tanh: espreme em −1…1, centrada no zero; satura como a sigmoide</translation>
    </message>
    <message>
        <source>Softplus: log(1 + eˣ), a smooth ReLU that is never exactly zero</source>
        <translation>Softplus: log(1 + eˣ), uma ReLU suave que nunca é exatamente zero</translation>
    </message>
    <message>
        <source>Hard tanh: clips the sum to −1…1</source>
        <translation>Hard tanh: corta a soma em −1…1</translation>
    </message>
    <message>
        <source>Dropout: while training, each unit is switched off at random with this probability, so the network cannot lean on any single unit; a remedy for overfitting. Nothing is dropped when it predicts</source>
        <translation>Dropout: durante o treino, cada unidade é desligada ao acaso com esta probabilidade, para que a rede não dependa de nenhuma unidade sozinha; um remédio contra o sobreajuste. Nada é desligado quando ela prevê</translation>
    </message>
    <message>
        <source>Batch normalization: rescales each unit&apos;s sums to mean 0 and deviation 1 over the batch, which steadies and speeds up training</source>
        <translation>Normalização em lote: reescala as somas de cada unidade para média 0 e desvio 1 no lote, o que estabiliza e acelera o treino</translation>
    </message>
    <message>
        <source>A dense (fully connected) layer: each unit adds up every output of the previous layer, each times its own weight, plus a bias, then applies its activation</source>
        <translation>Uma camada densa (totalmente conectada): cada unidade soma todas as saídas da camada anterior, cada uma vezes seu próprio peso, mais um viés, e aplica sua ativação</translation>
    </message>
</context>
<context>
    <name>DatasetText</name>
    <message>
        <source>MNIST handwritten digits</source>
        <translation>Dígitos manuscritos MNIST</translation>
    </message>
    <message>
        <source>70,000 greyscale 28x28 images of the digits 0-9 (60k training, 10k test).</source>
        <translation>70.000 imagens 28x28 em tons de cinza dos dígitos 0-9 (60 mil de treino, 10 mil de teste).</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>70,000 greyscale 28x28 images of clothing in 10 classes; Debian package dataset-fashion-mnist.</source>
        <translation>70.000 imagens 28x28 em tons de cinza de roupas em 10 classes; pacote Debian dataset-fashion-mnist.</translation>
    </message>
    <message>
        <source>Wine Quality (red)</source>
        <translation>Qualidade do vinho (tinto)</translation>
    </message>
    <message>
        <source>1,599 red wines: 11 chemical measurements and a quality score 0-10 (the workshop&apos;s example).</source>
        <translation>1.599 vinhos tintos: 11 medidas químicas e uma nota de qualidade de 0 a 10 (o exemplo do minicurso).</translation>
    </message>
    <message>
        <source>Wine Quality (white)</source>
        <translation>Qualidade do vinho (branco)</translation>
    </message>
    <message>
        <source>4,898 white wines: 11 chemical measurements and a quality score 0-10.</source>
        <translation>4.898 vinhos brancos: 11 medidas químicas e uma nota de qualidade de 0 a 10.</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Espiral</translation>
    </message>
    <message>
        <source>Interleaved spiral arms, one class per arm: needs a hidden layer</source>
        <translation>Braços de espiral entrelaçados, uma classe por braço: precisa de uma camada oculta</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>Duas luas</translation>
    </message>
    <message>
        <source>Two interleaving half circles</source>
        <translation>Dois semicírculos entrelaçados</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>A ring around a disc: not linearly separable</source>
        <translation>Um anel em volta de um disco: não é linearmente separável</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Four clusters labelled by the sign of x*y: the perceptron&apos;s classic failure</source>
        <translation>Quatro grupos rotulados pelo sinal de x*y: a falha clássica do perceptron</translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation>Nuvens gaussianas</translation>
    </message>
    <message>
        <source>Round clusters, one class each: linearly separable</source>
        <translation>Grupos redondos, uma classe cada: linearmente separáveis</translation>
    </message>
    <message>
        <source>Noisy sine (1-D)</source>
        <translation>Seno com ruído (1-D)</translation>
    </message>
    <message>
        <source>y = sin(2 pi x) + noise, for the bias-variance lesson</source>
        <translation>y = sen(2 pi x) + ruído, para a lição de viés e variância</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: choose a .png, .svg or .pdf file</source>
        <translation>%1: escolha um arquivo .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Não foi possível gravar %1</translation>
    </message>
    <message>
        <source>Save chart as…</source>
        <translation>Salvar gráfico como…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Salvar gráfico</translation>
    </message>
    <message>
        <source>PNG image, 2× resolution (*.png);;SVG vector image (*.svg);;PDF (*.pdf)</source>
        <translation>Imagem PNG, resolução 2× (*.png);;Imagem vetorial SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TrainerMessages</name>
    <message>
        <source>Stopped. Train more continues this model; Reset weights starts afresh.</source>
        <translation>Parado. Treinar mais continua este modelo; Reiniciar pesos começa do zero.</translation>
    </message>
    <message>
        <source>Early stopping: the validation loss did not improve for %1 epochs; the weights of epoch %2 were kept.</source>
        <translation>Parada antecipada: a perda de validação não melhorou por %1 épocas; os pesos da época %2 foram mantidos.</translation>
    </message>
    <message>
        <source>Training finished; the weights of the best epoch, %1, were kept.</source>
        <translation>Treino concluído; os pesos da melhor época, a %1, foram mantidos.</translation>
    </message>
    <message>
        <source>The loss became %1 at epoch %2, batch %3: the steps were too large. The last finite weights were restored; lower the learning rate (now %4) and resume.</source>
        <translation>A perda virou %1 na época %2, lote %3: os passos foram grandes demais. Os últimos pesos finitos foram restaurados; diminua a taxa de aprendizado (agora %4) e retome.</translation>
    </message>
    <message>
        <source>NaN (not a number)</source>
        <translation>NaN (não é um número)</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>infinita</translation>
    </message>
    <message>
        <source>output</source>
        <translation>saída</translation>
    </message>
    <message>
        <source>hidden %1</source>
        <translation>oculta %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::ConfusionView</name>
    <message>
        <source>Row percentages</source>
        <translation>Porcentagens por linha</translation>
    </message>
    <message>
        <source>Each row is one actual class; its percentages say where that class&apos;s samples went</source>
        <translation>Cada linha é uma classe real; suas porcentagens dizem para onde foram as amostras dessa classe</translation>
    </message>
    <message>
        <source>Rows: the actual class. Columns: what the network said. The diagonal is right; click any cell to see its samples</source>
        <translation>Linhas: a classe real. Colunas: o que a rede disse. A diagonal é o acerto; clique em qualquer célula para ver suas amostras</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Revocação</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Suporte</translation>
    </message>
    <message>
        <source>Precision: of the samples called this class, the share that are. Recall: of this class&apos;s samples, the share found. F1: their harmonic mean. Support: samples of the class</source>
        <translation>Precisão: das amostras chamadas desta classe, a fração que é. Revocação: das amostras desta classe, a fração encontrada. F1: a média harmônica das duas. Suporte: amostras da classe</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its samples.</source>
        <translation>Clique em uma célula da matriz para ver suas amostras.</translation>
    </message>
    <message>
        <source>Open in the drawing canvas</source>
        <translation>Abrir na tela de desenho</translation>
    </message>
    <message>
        <source>Edit this image with the pen and watch the answer change</source>
        <translation>Edite esta imagem com a caneta e veja a resposta mudar</translation>
    </message>
    <message>
        <source>Train to fill the confusion matrix (validation set, every epoch).</source>
        <translation>Treine para preencher a matriz de confusão (conjunto de validação, a cada época).</translation>
    </message>
    <message>
        <source>Epoch %1: predictions rounded to whole numbers; %2 % exactly right</source>
        <translation>Época %1: previsões arredondadas para inteiros; %2 % exatamente certas</translation>
    </message>
    <message>
        <source>Epoch %1: validation accuracy %2 %</source>
        <translation>Época %1: acurácia de validação %2 %</translation>
    </message>
    <message>
        <source>macro average</source>
        <translation>média macro</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>real %1</translation>
    </message>
    <message>
        <source>said %1</source>
        <translation>disse %1</translation>
    </message>
    <message>
        <source>%1 samples of class %2 were called %3 (%4 % of that class)</source>
        <translation>%1 amostras da classe %2 foram chamadas de %3 (%4 % dessa classe)</translation>
    </message>
    <message>
        <source>actual </source>
        <translation>real </translation>
    </message>
    <message>
        <source>said </source>
        <translation>disse </translation>
    </message>
    <message>
        <source>%1 right as %2: %3 samples, least confident first</source>
        <translation>%1 acertadas como %2: %3 amostras, as menos confiantes primeiro</translation>
    </message>
    <message>
        <source>Actual %1, said %2: %3 samples, most confident mistakes first</source>
        <translation>Real %1, disse %2: %3 amostras, os erros mais confiantes primeiro</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample #%1&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Amostra nº %1&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Confusion matrix: actual class by row, predicted class by column</source>
        <translation>Matriz de confusão: classe real por linha, classe prevista por coluna</translation>
    </message>
    <message>
        <source>Precision, recall and F1 of each class</source>
        <translation>Precisão, revocação e F1 de cada classe</translation>
    </message>
    <message>
        <source>Samples of the chosen cell</source>
        <translation>Amostras da célula escolhida</translation>
    </message>
    <message>
        <source>Rows: the actual class · columns: what the network said · cells: % of the row</source>
        <translation>Linhas: a classe real · colunas: o que a rede disse · células: % da linha</translation>
    </message>
    <message>
        <source>Rows: the actual class · columns: what the network said · cells: samples</source>
        <translation>Linhas: a classe real · colunas: o que a rede disse · células: amostras</translation>
    </message>
</context>
<context>
    <name>nb::ui::CsvImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Vírgula ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Ponto e vírgula ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>Dot: 7.4</source>
        <translation>Ponto: 7.4</translation>
    </message>
    <message>
        <source>Comma: 7,4</source>
        <translation>Vírgula: 7,4</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>A primeira linha é um cabeçalho</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>Sem cabeçalho</translation>
    </message>
    <message>
        <source>The column the network learns to predict</source>
        <translation>A coluna que a rede aprende a prever</translation>
    </message>
    <message>
        <source>Classification (classes)</source>
        <translation>Classificação (classes)</translation>
    </message>
    <message>
        <source>Regression (a number)</source>
        <translation>Regressão (um número)</translation>
    </message>
    <message>
        <source>Auto: a text target, or whole numbers with few values, are classes; anything else is a number to predict</source>
        <translation>Automático: um alvo de texto, ou inteiros com poucos valores, são classes; qualquer outra coisa é um número a prever</translation>
    </message>
    <message>
        <source> % for validation</source>
        <translation> % para validação</translation>
    </message>
    <message>
        <source>Rows held out to check the network on data it did not train on</source>
        <translation>Linhas separadas para testar a rede em dados que ela não viu no treino</translation>
    </message>
    <message>
        <source>Standardize features (mean 0, deviation 1, from the training rows)</source>
        <translation>Padronizar as variáveis (média 0, desvio 1, a partir das linhas de treino)</translation>
    </message>
    <message>
        <source>Drop rows with missing values</source>
        <translation>Descartar linhas com valores ausentes</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Coluna alvo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Divisão</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carregar</translation>
    </message>
    <message>
        <source>Detected: delimiter %1, decimal mark %2, %3 — showing the first %4 rows</source>
        <translation>Detectado: delimitador %1, separador decimal %2, %3 — mostrando as primeiras %4 linhas</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>linha de cabeçalho</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>sem cabeçalho</translation>
    </message>
</context>
<context>
    <name>nb::ui::CurvesView</name>
    <message>
        <source>Log scale</source>
        <translation>Escala logarítmica</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis, where late, small improvements stay visible</source>
        <translation>Mostra a perda em eixo logarítmico, onde pequenas melhoras tardias continuam visíveis</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Reajustar vista</translation>
    </message>
    <message>
        <source>Fit both charts to all their data again (drag to pan, wheel to zoom)</source>
        <translation>Ajusta de novo os dois gráficos a todos os dados (arraste para mover, roda do mouse para zoom)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perda</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>acurácia (%)</translation>
    </message>
    <message>
        <source>validation MAE</source>
        <translation>MAE de validação</translation>
    </message>
    <message>
        <source>batch loss</source>
        <translation>perda do lote</translation>
    </message>
    <message>
        <source>batch loss (moving average)</source>
        <translation>perda do lote (média móvel)</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>perda de treino</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>perda de validação</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>acurácia de treino</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>acurácia de validação</translation>
    </message>
    <message>
        <source>%1: training loss</source>
        <translation>%1: perda de treino</translation>
    </message>
    <message>
        <source>%1 at epoch %2: %3</source>
        <translation>%1 na época %2: %3</translation>
    </message>
    <message>
        <source>Loss chart: training and validation loss by epoch</source>
        <translation>Gráfico da perda: perda de treino e de validação por época</translation>
    </message>
    <message>
        <source>Accuracy or error chart by epoch</source>
        <translation>Gráfico de acurácia ou erro por época</translation>
    </message>
    <message>
        <source>solid: validation · dashed: training</source>
        <translation>contínua: validação · tracejada: treino</translation>
    </message>
</context>
<context>
    <name>nb::ui::DataPanel</name>
    <message>
        <source>The dataset to learn from. Greyed entries are not on this machine; hover them to see where they come from.</source>
        <translation>O conjunto de dados para aprender. Itens em cinza não estão nesta máquina; passe o mouse para ver de onde vêm.</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Gerador</translation>
    </message>
    <message>
        <source>How many points to generate</source>
        <translation>Quantos pontos gerar</translation>
    </message>
    <message>
        <source>How far points scatter from the clean shape; more noise makes the task harder</source>
        <translation>Quanto os pontos se espalham em torno da forma limpa; mais ruído torna a tarefa mais difícil</translation>
    </message>
    <message>
        <source>The same seed gives the same points</source>
        <translation>A mesma semente gera os mesmos pontos</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Amostras</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruído</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Braços</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>Abrir CSV…</translation>
    </message>
    <message>
        <source>Import a table: choose the target column, the task and the split</source>
        <translation>Importar uma tabela: escolha a coluna alvo, a tarefa e a divisão</translation>
    </message>
    <message>
        <source>Loading data</source>
        <translation>Carregando dados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop loading this file; the data in use stays</source>
        <translation>Parar de carregar este arquivo; os dados em uso continuam</translation>
    </message>
    <message>
        <source>%1
Found at %2</source>
        <translation>%1
Encontrado em %2</translation>
    </message>
    <message>
        <source>%1
Not on this machine. Looked in:
%2
Download: %3</source>
        <translation>%1
Não está nesta máquina. Procurado em:
%2
Download: %3</translation>
    </message>
    <message>
        <source>
or install it: apt-get install dataset-fashion-mnist</source>
        <translation>
ou instale: apt-get install dataset-fashion-mnist</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (embutido)</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Carregando %1…</translation>
    </message>
    <message>
        <source>IDX folder %1</source>
        <translation>Pasta IDX %1</translation>
    </message>
    <message>
        <source>CSV %1</source>
        <translation>CSV %1</translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation>Abrir um arquivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Open an MNIST / IDX folder</source>
        <translation>Abrir uma pasta MNIST / IDX</translation>
    </message>
    <message>
        <source>%1 — download…</source>
        <translation>%1 — baixar…</translation>
    </message>
    <message>
        <source>%1: %L2 images of %3×%4 pixels, %L5 classes</source>
        <translation>%1: %L2 imagens de %3×%4 pixels, %L5 classes</translation>
    </message>
    <message>
        <source>%1: %L2 rows, %L3 features, %L4 classes</source>
        <translation>%1: %L2 linhas, %L3 variáveis, %L4 classes</translation>
    </message>
    <message>
        <source>%1: %L2 rows, %L3 features, predicting “%4”</source>
        <translation>%1: %L2 linhas, %L3 variáveis, prevendo “%4”</translation>
    </message>
    <message>
        <source>, and %L1 test images for validation</source>
        <translation>, e %L1 imagens de teste para a validação</translation>
    </message>
    <message>
        <source> (only the test pair: part of it is held out for validation)</source>
        <translation> (só o par de teste: uma parte fica separada para a validação)</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>Carregado de %1</translation>
    </message>
    <message>
        <source>Open IDX folder…</source>
        <translation>Abrir pasta IDX…</translation>
    </message>
    <message>
        <source>An MNIST-style folder: train-images-idx3-ubyte(.gz) and its labels, or the t10k pair</source>
        <translation>Uma pasta no formato do MNIST: train-images-idx3-ubyte(.gz) e seus rótulos, ou o par t10k</translation>
    </message>
</context>
<context>
    <name>nb::ui::DataPreview</name>
    <message>
        <source> (target)</source>
        <translation> (alvo)</translation>
    </message>
    <message>
        <source>Data preview: the first two features, coloured by class</source>
        <translation>Prévia dos dados: as duas primeiras variáveis, coloridas por classe</translation>
    </message>
</context>
<context>
    <name>nb::ui::DigitCanvas</name>
    <message>
        <source>Drawing canvas</source>
        <translation>Tela de desenho</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger. C or right-click clears; Ctrl+Z undoes the last stroke.</source>
        <translation>Desenhe um dígito com o mouse, uma caneta ou o dedo. C ou o botão direito limpa; Ctrl+Z desfaz o último traço.</translation>
    </message>
    <message>
        <source>Draw here. Right-click or C clears, Ctrl+Z undoes the last stroke.</source>
        <translation>Desenhe aqui. Botão direito ou C limpa, Ctrl+Z desfaz o último traço.</translation>
    </message>
</context>
<context>
    <name>nb::ui::DownloadDialog</name>
    <message>
        <source>Download %1</source>
        <translation>Baixar %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Source and licence: %3&lt;br&gt;Size: %4&lt;br&gt;Into: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Origem e licença: %3&lt;br&gt;Tamanho: %4&lt;br&gt;Destino: %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progresso do download</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Pronto.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Abrir pasta…</translation>
    </message>
    <message>
        <source>Open the folder the files go into: without a connection, copy them there yourself</source>
        <translation>Abre a pasta para onde vão os arquivos: sem conexão, copie-os você mesmo para lá</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 · %2/s · %3</source>
        <translation>%1 · %2/s · %3</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Without a connection, download the files on another computer and put them into the folder (Open folder…).</source>
        <translation>Sem conexão, baixe os arquivos em outro computador e coloque-os na pasta (Abrir pasta…).</translation>
    </message>
</context>
<context>
    <name>nb::ui::Downloader</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Downloaded into %1; every file&apos;s checksum is right.</source>
        <translation>Baixado em %1; a soma de verificação de todos os arquivos confere.</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>Não foi possível gravar em %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was kept of the unfinished file.</source>
        <translation>Download cancelado; nada do arquivo incompleto foi mantido.</translation>
    </message>
    <message>
        <source>Could not download %1: %2.</source>
        <translation>Não foi possível baixar %1: %2.</translation>
    </message>
    <message>
        <source>The connection to %1 was cut after %2 of %3; try again.</source>
        <translation>A conexão com %1 caiu depois de %2 de %3; tente de novo.</translation>
    </message>
    <message>
        <source>%1 is not the expected file: its SHA-256 is %2, the catalog says %3. It was not kept.</source>
        <translation>%1 não é o arquivo esperado: seu SHA-256 é %2, o catálogo diz %3. Ele não foi mantido.</translation>
    </message>
    <message>
        <source>Could not move %1 into place: %2</source>
        <translation>Não foi possível pôr %1 no lugar: %2</translation>
    </message>
</context>
<context>
    <name>nb::ui::DrawPanel</name>
    <message>
        <source>Clear (C)</source>
        <translation>Limpar (C)</translation>
    </message>
    <message>
        <source>Undo stroke (Ctrl+Z)</source>
        <translation>Desfazer traço (Ctrl+Z)</translation>
    </message>
    <message>
        <source>What the network sees (28×28):</source>
        <translation>O que a rede vê (28×28):</translation>
    </message>
    <message>
        <source>The drawing cropped, scaled to fit 20×20 and centred by its centre of mass in 28×28, as MNIST&apos;s digits were</source>
        <translation>O desenho recortado, reduzido para caber em 20×20 e centralizado pelo centro de massa em 28×28, como os dígitos do MNIST</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probabilidade</translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation>Probabilidades das classes</translation>
    </message>
    <message>
        <source>The drawing canvas needs an image dataset: %1 is a table of %2 columns, not pictures. Load MNIST or Fashion-MNIST (or open a model trained on them) to draw.</source>
        <translation>A tela de desenho precisa de um conjunto de imagens: %1 é uma tabela de %2 colunas, não figuras. Carregue o MNIST ou o Fashion-MNIST (ou abra um modelo treinado neles) para desenhar.</translation>
    </message>
    <message>
        <source>There is no trained model yet</source>
        <translation>Ainda não há modelo treinado</translation>
    </message>
    <message>
        <source>Draw a digit in the box.</source>
        <translation>Desenhe um dígito no quadro.</translation>
    </message>
    <message>
        <source>%1 % sure · read in %2 ms</source>
        <translation>%1 % de certeza · lido em %2 ms</translation>
    </message>
</context>
<context>
    <name>nb::ui::MainWindow</name>
    <message>
        <source>NeuralBoard</source>
        <translation>NeuralBoard</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>Curvas de treino</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusão</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Previsões</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Desenhe um dígito</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treino</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progresso do treino</translation>
    </message>
    <message>
        <source>LibTorch %1 · %2</source>
        <translation>LibTorch %1 · %2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;apresentação</translation>
    </message>
    <message>
        <source>Full screen, large text and lines, advanced settings hidden: for a projector</source>
        <translation>Tela cheia, textos e linhas grandes, ajustes avançados ocultos: para um projetor</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>Log-scale loss</source>
        <translation>Perda em escala logarítmica</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About NeuralBoard</source>
        <translation>&amp;Sobre o NeuralBoard</translation>
    </message>
    <message>
        <source>Layer %1 now uses %2; the weights stay. Step or resume to see what it changes.</source>
        <translation>A camada %1 agora usa %2; os pesos continuam. Avance um passo ou retome para ver o que muda.</translation>
    </message>
    <message>
        <source>Edit the network?</source>
        <translation>Editar a rede?</translation>
    </message>
    <message>
        <source>Editing stops the paused run; the next Train starts the new network from fresh weights.</source>
        <translation>Editar encerra a execução pausada; o próximo Treinar começa a nova rede com pesos novos.</translation>
    </message>
    <message>
        <source>The trained weights belong to the current network. Editing it starts from fresh weights. Continue?</source>
        <translation>Os pesos treinados pertencem à rede atual. Editá-la recomeça com pesos novos. Continuar?</translation>
    </message>
    <message>
        <source>LibTorch %1 · training on %2</source>
        <translation>LibTorch %1 · treinando em %2</translation>
    </message>
    <message>
        <source>Training on %L1 samples on %2</source>
        <translation>Treinando com %L1 amostras em %2</translation>
    </message>
    <message>
        <source>Train first: importance is measured on a trained model.</source>
        <translation>Treine primeiro: a importância é medida em um modelo treinado.</translation>
    </message>
    <message>
        <source>Recover the last session?</source>
        <translation>Recuperar a última sessão?</translation>
    </message>
    <message>
        <source>NeuralBoard did not close properly last time. Restore the session autosaved at %1?</source>
        <translation>O NeuralBoard não foi fechado corretamente da última vez. Restaurar a sessão salva automaticamente às %1?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open &amp;CSV…</source>
        <translation>Abrir &amp;CSV…</translation>
    </message>
    <message>
        <source>Open MNIST / &amp;IDX folder…</source>
        <translation>Abrir pasta MNIST / &amp;IDX…</translation>
    </message>
    <message>
        <source>Recent datasets</source>
        <translation>Conjuntos recentes</translation>
    </message>
    <message>
        <source>Open &amp;model…</source>
        <translation>Abrir &amp;modelo…</translation>
    </message>
    <message>
        <source>Open a saved model</source>
        <translation>Abrir um modelo salvo</translation>
    </message>
    <message>
        <source>NeuralBoard checkpoints (*.nbckpt);;All files (*)</source>
        <translation>Checkpoints do NeuralBoard (*.nbckpt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>&amp;Salvar modelo…</translation>
    </message>
    <message>
        <source>&amp;Export for PyTorch…</source>
        <translation>&amp;Exportar para PyTorch…</translation>
    </message>
    <message>
        <source>Open s&amp;ession…</source>
        <translation>Abrir s&amp;essão…</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>Abrir uma sessão</translation>
    </message>
    <message>
        <source>NeuralBoard sessions (*.nbsession)</source>
        <translation>Sessões do NeuralBoard (*.nbsession)</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Salvar sessão &amp;como…</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Salvar a sessão</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>Stop the training first, then open the run.</source>
        <translation>Pare o treino primeiro e depois abra a execução.</translation>
    </message>
    <message>
        <source>Opened the run “%1” (%2 epochs): Train more continues it.</source>
        <translation>Execução “%1” aberta (%2 épocas): Treinar mais a continua.</translation>
    </message>
    <message>
        <source>The run “%1” was trained on %2: open that CSV file to train it more.</source>
        <translation>A execução “%1” foi treinada com %2: abra esse arquivo CSV para treiná-la mais.</translation>
    </message>
    <message>
        <source>Opening the run “%1”: loading %2…</source>
        <translation>Abrindo a execução “%1”: carregando %2…</translation>
    </message>
    <message>
        <source>Presentation mode: F11 returns to the normal window.</source>
        <translation>Modo apresentação: F11 volta à janela normal.</translation>
    </message>
    <message>
        <source>Restart NeuralBoard?</source>
        <translation>Reiniciar o NeuralBoard?</translation>
    </message>
    <message>
        <source>The new language applies when NeuralBoard restarts. Restart now? Your session (data, network, trained model) is kept.</source>
        <translation>O novo idioma vale quando o NeuralBoard reiniciar. Reiniciar agora? Sua sessão (dados, rede, modelo treinado) é mantida.</translation>
    </message>
    <message>
        <source>Could not restart NeuralBoard; please start it again yourself.</source>
        <translation>Não foi possível reiniciar o NeuralBoard; abra-o de novo, por favor.</translation>
    </message>
    <message>
        <source>Training starts as soon as the data is loaded…</source>
        <translation>O treino começa assim que os dados forem carregados…</translation>
    </message>
    <message>
        <source>epoch %1/%2</source>
        <translation>época %1/%2</translation>
    </message>
    <message>
        <source>%L1 samples/s</source>
        <translation>%L1 amostras/s</translation>
    </message>
    <message>
        <source>elapsed %1, about %2 left</source>
        <translation>decorrido %1, faltam cerca de %2</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>decorrido %1</translation>
    </message>
    <message>
        <source>Epoch %1: validation accuracy %2 %</source>
        <translation>Época %1: acurácia de validação %2 %</translation>
    </message>
    <message>
        <source>Paused. Resume with Space, or step one batch with S.</source>
        <translation>Pausado. Retome com Espaço, ou avance um lote com S.</translation>
    </message>
    <message>
        <source>Training finished. Train more continues this model; Reset weights starts afresh.</source>
        <translation>Treino concluído. Treinar mais continua este modelo; Reiniciar pesos começa do zero.</translation>
    </message>
    <message>
        <source>Weights reset: the next Train starts from new random weights.</source>
        <translation>Pesos reiniciados: o próximo Treinar começa com novos pesos aleatórios.</translation>
    </message>
    <message>
        <source>Training is running: pause or stop it to edit the network.</source>
        <translation>O treino está em andamento: pause ou pare para editar a rede.</translation>
    </message>
    <message>
        <source>There is no trained model to save yet: press Train first.</source>
        <translation>Ainda não há modelo treinado para salvar: pressione Treinar primeiro.</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Salvar modelo</translation>
    </message>
    <message>
        <source>NeuralBoard checkpoints (*.nbckpt)</source>
        <translation>Checkpoints do NeuralBoard (*.nbckpt)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvo %1</translation>
    </message>
    <message>
        <source>Stop the training first, then open the model.</source>
        <translation>Pare o treino primeiro e depois abra o modelo.</translation>
    </message>
    <message>
        <source>Opened %1 (%2 epochs trained); Train more continues it.</source>
        <translation>%1 aberto (%2 épocas treinadas); Treinar mais o continua.</translation>
    </message>
    <message>
        <source>Opened %1 (%2 epochs trained on another dataset): it can read drawings; load its dataset to train it more.</source>
        <translation>%1 aberto (%2 épocas treinadas em outro conjunto de dados): ele lê desenhos; carregue o conjunto dele para treinar mais.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: arquivo ou pasta inexistente</translation>
    </message>
    <message>
        <source>Load a dataset before saving a session.</source>
        <translation>Carregue um conjunto de dados antes de salvar uma sessão.</translation>
    </message>
    <message>
        <source>Saved the session to %1</source>
        <translation>Sessão salva em %1</translation>
    </message>
    <message>
        <source>Stop the training first, then open the session.</source>
        <translation>Pare o treino primeiro e depois abra a sessão.</translation>
    </message>
    <message>
        <source>Opening the session %1…</source>
        <translation>Abrindo a sessão %1…</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>O salvamento automático falhou: %1</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (indisponível)</translation>
    </message>
    <message>
        <source>About NeuralBoard</source>
        <translation>Sobre o NeuralBoard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;NeuralBoard %1&lt;/h2&gt;&lt;p&gt;Learn neural networks by watching them train.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3&lt;br&gt;Compute devices: %4&lt;/p&gt;&lt;p&gt;Grew from the workshop &lt;i&gt;Aprendizado de Máquina e Redes Neurais com PyTorch&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;NeuralBoard %1&lt;/h2&gt;&lt;p&gt;Aprenda redes neurais vendo-as treinar.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3&lt;br&gt;Dispositivos de cálculo: %4&lt;/p&gt;&lt;p&gt;Nasceu do minicurso &lt;i&gt;Aprendizado de Máquina e Redes Neurais com PyTorch&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There is no trained model to export yet: press Train first.</source>
        <translation>Ainda não há modelo treinado para exportar: pressione Treinar primeiro.</translation>
    </message>
    <message>
        <source>Export for PyTorch into folder</source>
        <translation>Exportar para PyTorch na pasta</translation>
    </message>
    <message>
        <source>Exported %1 and %2</source>
        <translation>Exportados %1 e %2</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>Fazer o &amp;tour</translation>
    </message>
    <message>
        <source>Export as &amp;ONNX…</source>
        <translation>Exportar como &amp;ONNX…</translation>
    </message>
    <message>
        <source>Export the &amp;view as image…</source>
        <translation>Exportar a &amp;vista como imagem…</translation>
    </message>
    <message>
        <source>Export the view</source>
        <translation>Exportar a vista</translation>
    </message>
    <message>
        <source>PNG image, 2× resolution (*.png);;SVG vector image (*.svg);;PDF (*.pdf)</source>
        <translation>Imagem PNG, resolução 2× (*.png);;Imagem vetorial SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export &amp;metrics as CSV…</source>
        <translation>Exportar &amp;métricas como CSV…</translation>
    </message>
    <message>
        <source>Export the metrics history</source>
        <translation>Exportar o histórico de métricas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bem-vindo</translation>
    </message>
    <message>
        <source>NeuralBoard trains a neural network while you watch it learn. This tour shows the parts of the window in a minute. Skip it any time; Help → Take the tour brings it back.</source>
        <translation>O NeuralBoard treina uma rede neural enquanto você a vê aprender. Este tour mostra as partes da janela em um minuto. Pule quando quiser; Ajuda → Fazer o tour o traz de volta.</translation>
    </message>
    <message>
        <source>1. Data</source>
        <translation>1. Dados</translation>
    </message>
    <message>
        <source>On the left, choose what to learn from: built-in 2-D problems (spiral, XOR, circles), MNIST digits, Fashion-MNIST, or the workshop&apos;s wine table. A CSV file of your own works too. Missing datasets can be downloaded.</source>
        <translation>À esquerda, escolha com o que aprender: problemas 2-D embutidos (espiral, XOR, círculos), dígitos do MNIST, Fashion-MNIST ou a tabela de vinhos do minicurso. Um arquivo CSV seu também serve. Conjuntos que faltam podem ser baixados.</translation>
    </message>
    <message>
        <source>2. The network</source>
        <translation>2. A rede</translation>
    </message>
    <message>
        <source>Each column is a layer of neurons. Drag a dense layer in from the palette, drag a layer&apos;s handle to make it wider, right-click it for its activation and dropout. The parameter count shows what the network costs.</source>
        <translation>Cada coluna é uma camada de neurônios. Arraste uma camada densa da paleta, arraste a alça de uma camada para alargá-la, clique com o botão direito para a ativação e o dropout. A contagem de parâmetros mostra quanto a rede custa.</translation>
    </message>
    <message>
        <source>3. Training</source>
        <translation>3. Treino</translation>
    </message>
    <message>
        <source>On the right: the loss to minimize, the optimizer and its learning rate. Train (Space) starts; Pause, Step one batch (S) and a speed limit let you narrate gradient descent one step at a time. The learning rate can change while it runs.</source>
        <translation>À direita: a perda a minimizar, o otimizador e sua taxa de aprendizado. Treinar (Espaço) começa; Pausar, Avançar um lote (S) e um limite de velocidade deixam narrar a descida do gradiente passo a passo. A taxa de aprendizado pode mudar durante o treino.</translation>
    </message>
    <message>
        <source>4. Training curves</source>
        <translation>4. Curvas de treino</translation>
    </message>
    <message>
        <source>The loss falls as the network learns. Training loss (blue) below validation loss (orange) by a growing gap means it memorizes instead of generalizing: overfitting.</source>
        <translation>A perda cai conforme a rede aprende. A perda de treino (azul) abaixo da de validação (laranja), com uma distância que cresce, quer dizer que ela decora em vez de generalizar: sobreajuste.</translation>
    </message>
    <message>
        <source>5. Confusion matrix</source>
        <translation>5. Matriz de confusão</translation>
    </message>
    <message>
        <source>Which classes the network mixes up. Rows are the truth, columns its answers; click a cell to see those samples, and open one in the drawing canvas.</source>
        <translation>Quais classes a rede confunde. As linhas são a verdade, as colunas suas respostas; clique em uma célula para ver essas amostras e abra uma na tela de desenho.</translation>
    </message>
    <message>
        <source>6. Weights</source>
        <translation>6. Pesos</translation>
    </message>
    <message>
        <source>Every weight as a colour: red positive, blue negative. For images, each first-layer unit&apos;s weights form a picture of what it looks for.</source>
        <translation>Cada peso como uma cor: vermelho positivo, azul negativo. Para imagens, os pesos de cada unidade da primeira camada formam uma figura do que ela procura.</translation>
    </message>
    <message>
        <source>7. Draw a digit</source>
        <translation>7. Desenhe um dígito</translation>
    </message>
    <message>
        <source>Once a model is trained on MNIST, draw a digit and watch its answer and certainty change with every stroke.</source>
        <translation>Com um modelo treinado no MNIST, desenhe um dígito e veja a resposta e a certeza mudarem a cada traço.</translation>
    </message>
    <message>
        <source>8. Runs and the classroom</source>
        <translation>8. Execuções e a sala de aula</translation>
    </message>
    <message>
        <source>Every run is kept in the Runs panel: select two to compare their curves (did dropout help?). F11 switches to presentation mode for a projector; View → Preferences sets the language, theme and scale.</source>
        <translation>Toda execução fica no painel Execuções: selecione duas para comparar as curvas (o dropout ajudou?). F11 passa para o modo apresentação, para um projetor; Exibir → Preferências define o idioma, o tema e a escala.</translation>
    </message>
    <message>
        <source>There are no metrics yet: train for at least one epoch.</source>
        <translation>Ainda não há métricas: treine pelo menos uma época.</translation>
    </message>
    <message>
        <source>Saved %1 epochs of metrics to %2</source>
        <translation>%1 épocas de métricas salvas em %2</translation>
    </message>
    <message>
        <source>Export as ONNX</source>
        <translation>Exportar como ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>Modelos ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>Exported %1: input “features” takes the data as loaded (scaling is inside), outputs are “logits” and “probabilities”.</source>
        <translation>%1 exportado: a entrada “features” recebe os dados como carregados (a padronização está dentro), as saídas são “logits” e “probabilities”.</translation>
    </message>
    <message>
        <source>linear, closed form</source>
        <translation>linear, forma fechada</translation>
    </message>
    <message>
        <source>no hidden layer</source>
        <translation>sem camada oculta</translation>
    </message>
</context>
<context>
    <name>nb::ui::NetworkEditor</name>
    <message>
        <source>Network editor</source>
        <translation>Editor da rede</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Kept the trained model; nothing changed.</source>
        <translation>O modelo treinado foi mantido; nada mudou.</translation>
    </message>
    <message>
        <source>A layer needs at least one unit.</source>
        <translation>Uma camada precisa de pelo menos uma unidade.</translation>
    </message>
    <message>
        <source>At most 65,536 units in a layer.</source>
        <translation>No máximo 65.536 unidades por camada.</translation>
    </message>
    <message>
        <source>Resize layer %1 to %2</source>
        <translation>Redimensionar a camada %1 para %2</translation>
    </message>
    <message>
        <source>%1 for layer %2</source>
        <translation>%1 para a camada %2</translation>
    </message>
    <message>
        <source>Dropout must be at least 0 and below 1.</source>
        <translation>O dropout deve ser pelo menos 0 e menor que 1.</translation>
    </message>
    <message>
        <source>Dropout %1 for layer %2</source>
        <translation>Dropout %1 para a camada %2</translation>
    </message>
    <message>
        <source>Batch norm on layer %1</source>
        <translation>Batch norm na camada %1</translation>
    </message>
    <message>
        <source>No batch norm on layer %1</source>
        <translation>Sem batch norm na camada %1</translation>
    </message>
    <message>
        <source>At most 32 hidden layers.</source>
        <translation>No máximo 32 camadas ocultas.</translation>
    </message>
    <message>
        <source>Add layer %1</source>
        <translation>Adicionar a camada %1</translation>
    </message>
    <message>
        <source>Delete layer %1</source>
        <translation>Excluir a camada %1</translation>
    </message>
    <message>
        <source>Move layer %1 to %2</source>
        <translation>Mover a camada %1 para %2</translation>
    </message>
    <message>
        <source>Drag up or down to change the width; double-click the layer to type it</source>
        <translation>Arraste para cima ou para baixo para mudar a largura; clique duas vezes na camada para digitá-la</translation>
    </message>
    <message>
        <source>The image input: %1 pixels</source>
        <translation>A entrada de imagem: %1 pixels</translation>
    </message>
    <message>
        <source>input
%1 pixels</source>
        <translation>entrada
%1 pixels</translation>
    </message>
    <message>
        <source>input
%1 features</source>
        <translation>entrada
%1 variáveis</translation>
    </message>
    <message>
        <source>output
%1 classes</source>
        <translation>saída
%1 classes</translation>
    </message>
    <message>
        <source>output
1 value</source>
        <translation>saída
1 valor</translation>
    </message>
    <message>
        <source>
dropout %1</source>
        <translation>
dropout %1</translation>
    </message>
    <message>
        <source>
batch norm</source>
        <translation>
batch norm</translation>
    </message>
    <message>
        <source>Add a hidden layer here</source>
        <translation>Adicionar uma camada oculta aqui</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Camada %1</translation>
    </message>
    <message>
        <source>Units in layer %1:</source>
        <translation>Unidades na camada %1:</translation>
    </message>
    <message>
        <source>Add a layer here</source>
        <translation>Adicionar uma camada aqui</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Ativação</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Batch normalization</source>
        <translation>Normalização em lote (batch norm)</translation>
    </message>
    <message>
        <source>Units…</source>
        <translation>Unidades…</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Unidades:</translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation>Excluir camada</translation>
    </message>
    <message>
        <source>Drop the activation onto a hidden layer.</source>
        <translation>Solte a ativação sobre uma camada oculta.</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>saída %1</translation>
    </message>
    <message>
        <source>layer %1, unit %2</source>
        <translation>camada %1, unidade %2</translation>
    </message>
    <message>
        <source>
%1 incoming weights: mean %2, deviation %3, largest |w| %4</source>
        <translation>
%1 pesos de entrada: média %2, desvio %3, maior |w| %4</translation>
    </message>
    <message>
        <source>
Train to see its incoming weights.</source>
        <translation>
Treine para ver seus pesos de entrada.</translation>
    </message>
    <message>
        <source>The network&apos;s layers as columns of neurons. Drag a layer to move it, drag its handle to resize, right-click for its activation, dropout and batch norm, Delete to remove it. Keyboard: Left and Right choose a layer, Up and Down double or halve it, Enter types its width, Insert adds a layer, the menu key opens its menu.</source>
        <translation>As camadas da rede como colunas de neurônios. Arraste uma camada para movê-la, arraste a alça para redimensionar, botão direito para ativação, dropout e batch norm, Delete para removê-la. Teclado: Esquerda e Direita escolhem uma camada, Cima e Baixo dobram ou reduzem à metade, Enter digita a largura, Insert adiciona uma camada, a tecla de menu abre o menu dela.</translation>
    </message>
</context>
<context>
    <name>nb::ui::NetworkPanel</name>
    <message>
        <source>Drag into the network picture: a dense layer between two columns, or an activation onto a layer.</source>
        <translation>Arraste para o desenho da rede: uma camada densa entre duas colunas, ou uma ativação sobre uma camada.</translation>
    </message>
    <message>
        <source>+ Dense layer (32 units, ReLU)</source>
        <translation>+ Camada densa (32 unidades, ReLU)</translation>
    </message>
    <message>
        <source>activation: %1</source>
        <translation>ativação: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Undo the last edit of the network (Ctrl+Z in the picture)</source>
        <translation>Desfazer a última edição da rede (Ctrl+Z no desenho)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z in the picture)</source>
        <translation>Refazer (Ctrl+Shift+Z no desenho)</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Modelos prontos</translation>
    </message>
    <message>
        <source>Wine regressor: one layer of 64 (the workshop&apos;s 11-64-1)</source>
        <translation>Regressor de vinho: uma camada de 64 (o 11-64-1 do minicurso)</translation>
    </message>
    <message>
        <source>MNIST classic: 128 and 64, ReLU</source>
        <translation>MNIST clássico: 128 e 64, ReLU</translation>
    </message>
    <message>
        <source>A single perceptron: no hidden layer</source>
        <translation>Um único perceptron: sem camada oculta</translation>
    </message>
    <message>
        <source>Linear model in closed form (pseudo-inverse)</source>
        <translation>Modelo linear em forma fechada (pseudoinversa)</translation>
    </message>
    <message>
        <source>Save architecture…</source>
        <translation>Salvar arquitetura…</translation>
    </message>
    <message>
        <source>Save the architecture</source>
        <translation>Salvar a arquitetura</translation>
    </message>
    <message>
        <source>Network (*.json)</source>
        <translation>Rede (*.json)</translation>
    </message>
    <message>
        <source>Open architecture…</source>
        <translation>Abrir arquitetura…</translation>
    </message>
    <message>
        <source>Open an architecture</source>
        <translation>Abrir uma arquitetura</translation>
    </message>
    <message>
        <source>How the weights start: PyTorch&apos;s default, Xavier (for tanh/sigmoid) or He (for ReLU)</source>
        <translation>Como os pesos começam: o padrão do PyTorch, Xavier (para tanh/sigmoid) ou He (para ReLU)</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>Inicialização</translation>
    </message>
    <message>
        <source>Closed-form linear model</source>
        <translation>Modelo linear em forma fechada</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Modelo pronto: %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Opened; its input and output were adapted to this dataset.</source>
        <translation>Aberto; a entrada e a saída foram adaptadas a este conjunto de dados.</translation>
    </message>
    <message>
        <source>%L1 parameters: %2 KiB of weights, %3 KiB while training with Adam</source>
        <translation>%L1 parâmetros: %2 KiB de pesos, %3 KiB durante o treino com Adam</translation>
    </message>
    <message>
        <source>Building blocks to drag into the network</source>
        <translation>Blocos para arrastar para a rede</translation>
    </message>
    <message>
        <source>The workshop&apos;s first model: no hidden layer, weights from least squares (the pseudo-inverse) in one step, no gradient descent</source>
        <translation>O primeiro modelo do minicurso: sem camada oculta, pesos por mínimos quadrados (a pseudoinversa) em um passo, sem descida do gradiente</translation>
    </message>
</context>
<context>
    <name>nb::ui::PredictionView</name>
    <message>
        <source>Jitter whole-number targets</source>
        <translation>Espalhar alvos inteiros</translation>
    </message>
    <message>
        <source>Spread points with the same integer target a little sideways, so stacked points can be seen</source>
        <translation>Afasta um pouco para o lado os pontos com o mesmo alvo inteiro, para que pontos empilhados apareçam</translation>
    </message>
    <message>
        <source>The errors (predicted minus actual) for each actual value: box from quartile to quartile, line at the median, whiskers to the extremes</source>
        <translation>Os erros (previsto menos real) para cada valor real: caixa de quartil a quartil, linha na mediana, bigodes até os extremos</translation>
    </message>
    <message>
        <source>Which features matter?</source>
        <translation>Quais variáveis importam?</translation>
    </message>
    <message>
        <source>Shuffle one input column at a time on the validation set and measure how much worse the model gets</source>
        <translation>Embaralha uma coluna de entrada por vez no conjunto de validação e mede quanto o modelo piora</translation>
    </message>
    <message>
        <source>For images, see the confusion matrix, the weights and the drawing canvas.</source>
        <translation>Para imagens, veja a matriz de confusão, os pesos e a tela de desenho.</translation>
    </message>
    <message>
        <source>Decision regions: the class the network gives every point of the plane, behind the data (hollow: training, filled: validation).</source>
        <translation>Regiões de decisão: a classe que a rede dá a cada ponto do plano, atrás dos dados (vazados: treino, cheios: validação).</translation>
    </message>
    <message>
        <source>The fitted curve over the data: too few units underfit, too many follow the noise.</source>
        <translation>A curva ajustada sobre os dados: poucas unidades subajustam, unidades demais seguem o ruído.</translation>
    </message>
    <message>
        <source>Predicted against actual on the validation set; perfect predictions lie on the diagonal.</source>
        <translation>Previsto contra real no conjunto de validação; previsões perfeitas ficam na diagonal.</translation>
    </message>
    <message>
        <source>See the confusion matrix for this table&apos;s classes; below, which features matter.</source>
        <translation>Veja a matriz de confusão para as classes desta tabela; abaixo, quais variáveis importam.</translation>
    </message>
    <message>
        <source>decision regions</source>
        <translation>regiões de decisão</translation>
    </message>
    <message>
        <source>training</source>
        <translation>treino</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validação</translation>
    </message>
    <message>
        <source>training points</source>
        <translation>pontos de treino</translation>
    </message>
    <message>
        <source>validation points</source>
        <translation>pontos de validação</translation>
    </message>
    <message>
        <source>the network&apos;s curve</source>
        <translation>a curva da rede</translation>
    </message>
    <message>
        <source>training loss %1 · validation MSE %2</source>
        <translation>perda de treino %1 · MSE de validação %2</translation>
    </message>
    <message>
        <source>validation samples</source>
        <translation>amostras de validação</translation>
    </message>
    <message>
        <source>perfect prediction</source>
        <translation>previsão perfeita</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>real %1</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>%1 previsto</translation>
    </message>
    <message>
        <source>error (predicted − actual)</source>
        <translation>erro (previsto − real)</translation>
    </message>
    <message>
        <source>MAE %1 · RMSE %2 · R² %3</source>
        <translation>MAE %1 · RMSE %2 · R² %3</translation>
    </message>
    <message>
        <source>permutation importance (bottom axis)</source>
        <translation>importância por permutação (eixo de baixo)</translation>
    </message>
    <message>
        <source>mean |∂output/∂input| (top axis)</source>
        <translation>média de |∂saída/∂entrada| (eixo de cima)</translation>
    </message>
    <message>
        <source>accuracy lost when the feature is shuffled</source>
        <translation>acurácia perdida ao embaralhar a variável</translation>
    </message>
    <message>
        <source>MSE added when the feature is shuffled</source>
        <translation>MSE acrescido ao embaralhar a variável</translation>
    </message>
    <message>
        <source>Predictions chart</source>
        <translation>Gráfico das previsões</translation>
    </message>
    <message>
        <source>Feature importance chart</source>
        <translation>Gráfico da importância das variáveis</translation>
    </message>
</context>
<context>
    <name>nb::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>The language of every menu, label and message; numbers follow it too (decimal comma in Portuguese). Applies when NeuralBoard restarts</source>
        <translation>O idioma de todos os menus, rótulos e mensagens; os números também o seguem (vírgula decimal em português). Vale quando o NeuralBoard reiniciar</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>High contrast: white on black with thicker lines, for projectors and low vision</source>
        <translation>Alto contraste: branco sobre preto com linhas mais grossas, para projetores e baixa visão</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Makes text, charts, lines and the drawing canvas larger</source>
        <translation>Aumenta textos, gráficos, linhas e a tela de desenho</translation>
    </message>
    <message>
        <source>The scale presentation mode (F11) switches to: full screen, large, advanced settings hidden</source>
        <translation>A escala que o modo apresentação (F11) usa: tela cheia, tudo grande, ajustes avançados ocultos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>UI scale</source>
        <translation>Escala da interface</translation>
    </message>
    <message>
        <source>Presentation scale</source>
        <translation>Escala da apresentação</translation>
    </message>
</context>
<context>
    <name>nb::ui::RunsModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Best validation</source>
        <translation>Melhor validação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Classification: the best validation accuracy. Regression: the lowest validation loss.</source>
        <translation>Classificação: a melhor acurácia de validação. Regressão: a menor perda de validação.</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>running</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <source>%1
Folder: %2</source>
        <translation>%1
Pasta: %2</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Melhor</translation>
    </message>
</context>
<context>
    <name>nb::ui::RunsPanel</name>
    <message>
        <source>Recorded runs</source>
        <translation>Execuções registradas</translation>
    </message>
    <message>
        <source>Select several runs to overlay their curves; F2 renames, Delete removes.</source>
        <translation>Selecione várias execuções para sobrepor suas curvas; F2 renomeia, Delete remove.</translation>
    </message>
    <message>
        <source>Every training run is kept here. Select several (Ctrl+click) to overlay their curves in the Training curves view.</source>
        <translation>Toda execução de treino fica guardada aqui. Selecione várias (Ctrl+clique) para sobrepor suas curvas na vista Curvas de treino.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Load the run&apos;s network, settings and trained model: Train more continues it, and the canvas reads with it</source>
        <translation>Carrega a rede, os ajustes e o modelo treinado da execução: Treinar mais a continua, e a tela de desenho lê com ela</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Give the run a name that says what it tried (F2)</source>
        <translation>Dê à execução um nome que diga o que ela testou (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete the selected runs&apos; folders, checkpoints included</source>
        <translation>Exclui as pastas das execuções selecionadas, com os checkpoints</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mostrar pasta</translation>
    </message>
    <message>
        <source>Open the folder with the run&apos;s files (run.json, network.json, metrics.csv, checkpoints)</source>
        <translation>Abre a pasta com os arquivos da execução (run.json, network.json, metrics.csv, checkpoints)</translation>
    </message>
    <message>
        <source>Runs: %L1, kept in %2</source>
        <translation>Execuções: %L1, guardadas em %2</translation>
    </message>
    <message>
        <source>Damaged run folders skipped: %L1. The first: %2</source>
        <translation>Pastas de execução danificadas ignoradas: %L1. A primeira: %2</translation>
    </message>
    <message>
        <source>Delete runs?</source>
        <translation>Excluir execuções?</translation>
    </message>
    <message>
        <source>Delete the selected runs (%L1) with their checkpoints? This cannot be undone.</source>
        <translation>Excluir as execuções selecionadas (%L1) com seus checkpoints? Isso não pode ser desfeito.</translation>
    </message>
</context>
<context>
    <name>nb::ui::Tour</name>
    <message>
        <source>Tour of NeuralBoard</source>
        <translation>Tour do NeuralBoard</translation>
    </message>
    <message>
        <source>Skip the tour</source>
        <translation>Pular o tour</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
</context>
<context>
    <name>nb::ui::TrainingPanel</name>
    <message>
        <source>Loss: the number training pushes down. Cross-entropy compares predicted class probabilities with the true class; MSE is the mean squared error of predicted values</source>
        <translation>Perda: o número que o treino empurra para baixo. A entropia cruzada compara as probabilidades previstas com a classe verdadeira; o MSE é o erro quadrático médio dos valores previstos</translation>
    </message>
    <message>
        <source>Optimizer: how gradients become weight changes. SGD steps against the gradient; Adam adapts the step for every weight</source>
        <translation>Otimizador: como os gradientes viram mudanças nos pesos. O SGD dá passos contra o gradiente; o Adam adapta o passo para cada peso</translation>
    </message>
    <message>
        <source>Learning rate: the size of each step down the loss surface. Too large diverges, too small crawls. It can be changed while training</source>
        <translation>Taxa de aprendizado: o tamanho de cada passo descendo a superfície de perda. Grande demais diverge, pequena demais se arrasta. Pode ser mudada durante o treino</translation>
    </message>
    <message>
        <source>SGD momentum: how much of the previous step carries into the next</source>
        <translation>Momento do SGD: quanto do passo anterior passa para o próximo</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>Weight decay: pulls weights towards zero, against overfitting</source>
        <translation>Decaimento de pesos: puxa os pesos para zero, contra o sobreajuste</translation>
    </message>
    <message>
        <source>Batch size: samples averaged into each gradient step</source>
        <translation>Tamanho do lote: amostras cuja média forma cada passo do gradiente</translation>
    </message>
    <message>
        <source>Epochs: passes over the whole training set</source>
        <translation>Épocas: passadas por todo o conjunto de treino</translation>
    </message>
    <message>
        <source>Learning-rate schedule: constant, step (x0.1 every 10 epochs) or cosine (smoothly to zero)</source>
        <translation>Agenda da taxa de aprendizado: constante, em degraus (x0,1 a cada 10 épocas) ou cosseno (suavemente até zero)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>Early stopping: stop after this many epochs without a better validation loss and keep the best weights</source>
        <translation>Parada antecipada: para após este número de épocas sem melhorar a perda de validação e mantém os melhores pesos</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same starting weights and the same shuffles</source>
        <translation>Semente: a mesma semente dá os mesmos pesos iniciais e os mesmos embaralhamentos</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automático</translation>
    </message>
    <message>
        <source> batches/s</source>
        <translation> lotes/s</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>velocidade máxima</translation>
    </message>
    <message>
        <source>Teaching pace: train at most this many batches a second, slow enough to narrate each step of gradient descent. It can be changed while training</source>
        <translation>Ritmo de aula: treina no máximo este número de lotes por segundo, devagar o bastante para narrar cada passo da descida do gradiente. Pode ser mudado durante o treino</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Otimizador</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Decaimento de pesos</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamanho do lote</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Parada antecipada</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Speed limit</source>
        <translation>Limite de velocidade</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Treinar</translation>
    </message>
    <message>
        <source>Start training (Space). After a run ends, Train continues the same model; Reset starts afresh</source>
        <translation>Começa o treino (Espaço). Depois que uma execução termina, Treinar continua o mesmo modelo; Reiniciar começa do zero</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausa ou retoma (Espaço)</translation>
    </message>
    <message>
        <source>Step one batch</source>
        <translation>Avançar um lote</translation>
    </message>
    <message>
        <source>Train exactly one batch, then pause (S)</source>
        <translation>Treina exatamente um lote e pausa (S)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the run and keep the model as it is (Esc)</source>
        <translation>Para a execução e mantém o modelo como está (Esc)</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>Reiniciar pesos</translation>
    </message>
    <message>
        <source>Forget the trained model; the next Train starts from new random weights (Ctrl+R)</source>
        <translation>Esquece o modelo treinado; o próximo Treinar começa com novos pesos aleatórios (Ctrl+R)</translation>
    </message>
    <message>
        <source>Train more</source>
        <translation>Treinar mais</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU %1 (CUDA)</source>
        <translation>GPU %1 (CUDA)</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
</context>
<context>
    <name>nb::ui::TrainingSession</name>
    <message>
        <source>The run is not recorded: %1</source>
        <translation>A execução não está sendo registrada: %1</translation>
    </message>
    <message>
        <source>There is no trained model yet: press Train, or open a saved model.</source>
        <translation>Ainda não há modelo treinado: pressione Treinar, ou abra um modelo salvo.</translation>
    </message>
</context>
<context>
    <name>nb::ui::WeightsView</name>
    <message>
        <source>The layer whose weight matrix is shown: rows are its units, columns the inputs they read</source>
        <translation>A camada cuja matriz de pesos aparece: as linhas são suas unidades, as colunas as entradas que elas leem</translation>
    </message>
    <message>
        <source>Each cell is one weight: red positive, blue negative, white near zero. Hover for its value</source>
        <translation>Cada célula é um peso: vermelho positivo, azul negativo, branco perto de zero. Passe o mouse para ver o valor</translation>
    </message>
    <message>
        <source>from input</source>
        <translation>da entrada</translation>
    </message>
    <message>
        <source>to unit</source>
        <translation>para a unidade</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>How the layer&apos;s weights (left) and gradients (right) are spread, epoch by epoch. Weights piling up at the ends, or gradients shrinking to zero, mean saturated or dead units</source>
        <translation>Como os pesos (à esquerda) e os gradientes (à direita) da camada se distribuem, época a época. Pesos acumulando nas pontas, ou gradientes encolhendo até zero, indicam unidades saturadas ou mortas</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>valor do peso</translation>
    </message>
    <message>
        <source>gradient value</source>
        <translation>valor do gradiente</translation>
    </message>
    <message>
        <source>Receptive fields appear for image data.</source>
        <translation>Os campos receptivos aparecem para dados de imagem.</translation>
    </message>
    <message>
        <source>Train to see what each first-layer unit looks for.</source>
        <translation>Treine para ver o que cada unidade da primeira camada procura.</translation>
    </message>
    <message>
        <source>%1: %2 × %3</source>
        <translation>%1: %2 × %3</translation>
    </message>
    <message>
        <source>pixel (%1, %2)</source>
        <translation>pixel (%1, %2)</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (classe %2)</translation>
    </message>
    <message>
        <source>weight from input %1 to unit %2: %3</source>
        <translation>peso da entrada %1 para a unidade %2: %3</translation>
    </message>
    <message>
        <source>The linear model&apos;s weights for each class, as images: red pixels speak for the class, blue against it.</source>
        <translation>Os pesos do modelo linear para cada classe, como imagens: pixels vermelhos falam a favor da classe, azuis contra.</translation>
    </message>
    <message>
        <source>Receptive fields: each tile is one first-layer unit&apos;s %1 weights from the pixels (red positive, blue negative). Strokes appear as it learns.</source>
        <translation>Campos receptivos: cada quadro mostra os %1 pesos de uma unidade da primeira camada vindos dos pixels (vermelho positivo, azul negativo). Os traços aparecem conforme ela aprende.</translation>
    </message>
    <message>
        <source>Weight heatmap of the chosen layer</source>
        <translation>Mapa de calor dos pesos da camada escolhida</translation>
    </message>
    <message>
        <source>Weight and gradient distributions by epoch</source>
        <translation>Distribuições de pesos e gradientes por época</translation>
    </message>
    <message>
        <source>Receptive fields of the first layer</source>
        <translation>Campos receptivos da primeira camada</translation>
    </message>
</context>
</TS>
